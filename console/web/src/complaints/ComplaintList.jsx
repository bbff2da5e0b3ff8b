import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { NextDeadline } from '../ui/Clocks.jsx'
import { Loading, Pager } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { COMPLAINT_STATES } from './complaintModel.js'

/** The complaints within the caller's reach, newest first, each with its next deadline. */
export function ComplaintList({ me, query }) {
  const { t, label } = useI18n()
  const directory = useDirectory()
  const page = Number(query.page || 0)
  const list = useLoad(() => api.get(`${PLATFORM}/complaints`, { state: query.state, dealer: query.dealer, page, size: 20 }), [JSON.stringify(query)])
  const go = changes => navigate('complaints', null, { ...query, page: 0, ...changes })
  return (
    <section>
      <div className="title-row">
        <h2>{t('complaints.title')}</h2>
        <div className="actions">
          {can.readPenalties(me) && <a className="button" id="penalties" href={routeHref('complaints', 'penalties')}>{t('complaints.penalties')}</a>}
          {can.recordComplaints(me) && <a className="button primary" id="new-complaint" href={routeHref('complaints', 'new')}>{t('complaints.new')}</a>}
        </div>
      </div>
      <div className="filters">
        <select aria-label={t('claim.state')} id="filter-state" value={query.state || ''} onChange={e => go({ state: e.target.value })}>
          <option value="">{t('filter.anyState')}</option>
          {COMPLAINT_STATES.map(s => <option key={s} value={s}>{label('state', s)}</option>)}
        </select>
        {!me.dealer && <input aria-label={t('claim.dealer')} id="filter-dealer" placeholder={t('claim.dealer')} defaultValue={query.dealer || ''}
                              onKeyDown={e => e.key === 'Enter' && go({ dealer: e.target.value.trim() })} />}
        <ExportButtons path={`${PLATFORM}/complaints`} query={{ state: query.state, dealer: query.dealer }} name="complaints" />
      </div>
      <Loading state={list}>{data => (
        <>
          <table className="list" id="complaints">
            <thead>
              <tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('case.subject')}</th>
                <th>{t('complaints.category')}</th><th>{t('complaints.faultCategory')}</th><th>{t('clock.next')}</th></tr>
            </thead>
            <tbody>
              {data.items.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
              {data.items.map(c => (
                <tr key={c.id} data-number={c.number}>
                  <td><a href={routeHref('complaints', c.id)}>{c.number}</a>
                    {c.emergency && <span className="badge danger">{t('complaints.emergency')}</span>}
                    {c.media && <span className="badge warn">{t('complaints.media')}</span>}</td>
                  <td><span className="badge">{label('state', c.state)}</span></td>
                  <td>{directory.dealer(c.dealer)}</td>
                  <td>{c.subject}</td>
                  <td>{label('complaintCategory', c.category)}</td>
                  <td>{label('fault', c.faultCategory)}</td>
                  <td><NextDeadline clock={c.nextClock} dueAt={c.nextDueAt} />
                    {c.breached && <span className="badge danger breached">{t('clock.breached')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} size={data.size} total={data.total} onPage={p => navigate('complaints', null, { ...query, page: p })} />
        </>
      )}</Loading>
    </section>
  )
}
