import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { caseHref, routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { NextDeadline } from '../ui/Clocks.jsx'
import { Loading, Pager } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { queuePage } from './workQueue.js'

const SIZE = 20

/** Everything waiting for the caller, of every case type, earliest deadline first: each row opens its case's page. */
export function Work({ me, query }) {
  const { t, label, language } = useI18n()
  const directory = useDirectory()
  const page = Number(query.page || 0)
  // A server without the queue yet (404) is not an error to show: the other pages still serve.
  const queue = useLoad(() => api.get(`${PLATFORM}/queue`, { page, size: SIZE })
    .then(answer => queuePage(answer, page, SIZE), error => { if (error.status === 404) return null; throw error }), [page])
  return (
    <section>
      <div className="title-row">
        <h2>{t('work.title')}</h2>
        {can.decideClaims(me) && <a className="button" id="claim-queue" href={routeHref('queue')}>{t('menu.queue')}</a>}
      </div>
      <p className="muted">{t('work.explain')}</p>
      <Loading state={queue}>{data => !data ? <p className="notice" id="work-unavailable">{t('work.unavailable')}</p> : (
        <>
          <table className="list" id="work-queue">
            <thead><tr><th>{t('claim.number')}</th><th>{t('work.type')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('case.subject')}</th>
              <th>{t('case.createdAt')}</th><th>{t('clock.next')}</th><th>{t('work.actions')}</th></tr></thead>
            <tbody>
              {data.items.length === 0 && <tr><td colSpan={8} className="muted">{t('work.empty')}</td></tr>}
              {data.items.map(item => (
                <tr key={item.id} data-number={item.number} className={item.overdue ? 'overdue-row' : ''}>
                  <td><a href={caseHref(item)}>{item.number || item.id}</a></td>
                  <td>{label('type', item.type)}</td>
                  <td><span className="badge">{label('state', item.state)}</span></td>
                  <td>{directory.dealer(item.dealer)}</td>
                  <td>{item.subject}</td>
                  <td>{formatDateTime(item.createdAt, language)}</td>
                  <td><NextDeadline clock={item.clock} dueAt={item.dueAt} secondsLeft={item.secondsLeft} overdue={item.overdue} /></td>
                  <td>{item.actions.map(a => <span key={a} className="badge action">{label('caseAction', a)}</span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} size={data.size} total={data.total} onPage={p => navigate('work', null, { page: p })} />
        </>
      )}</Loading>
    </section>
  )
}
