import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { nextClock } from '../ui/clocks.js'
import { NextDeadline } from '../ui/Clocks.jsx'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { CERTIFICATION_STATES } from './certificationModel.js'

/** Certification applications and registrations within reach, newest first, by state and programme. */
export function CertificationList({ me, query }) {
  const { t, label } = useI18n()
  const state = query.state || ''
  const programme = query.programme || ''
  const list = useLoad(() => api.get(`${PLATFORM}/training/certifications`, { state, programme }), [state, programme])
  const programmes = useLoad(() => api.get(`${PLATFORM}/training/programmes`), [])
  const codes = [...new Set((programmes.data || []).map(l => l.programme))]
  const filter = (key, value) => navigate('certifications', null, { state, programme, [key]: value })
  return (
    <section>
      <div className="title-row">
        <h2>{t('certification.title')}</h2>
        {can.applyForCertification(me) && <a className="button primary" id="certification-new" href={routeHref('certifications', 'new')}>{t('certification.new')}</a>}
      </div>
      <div className="filters">
        <label>{t('claim.state')}{' '}
          <select id="filter-state" value={state} onChange={e => filter('state', e.target.value)}>
            <option value="">{t('filter.anyState')}</option>
            {CERTIFICATION_STATES.map(s => <option key={s} value={s}>{label('state', s)}</option>)}
          </select>
        </label>{' '}
        <label>{t('certification.programme')}{' '}
          <select id="filter-programme" value={programme} onChange={e => filter('programme', e.target.value)}>
            <option value="">{t('certification.anyProgramme')}</option>
            {codes.map(c => <option key={c} value={c}>{label('programme', c)}</option>)}
          </select>
        </label>
      </div>
      <Loading state={list}>{items => (
        <table className="list" id="certifications">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('certification.person')}</th>
            <th>{t('certification.programme')}</th><th>{t('certification.level')}</th><th>{t('clock.next')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(a => {
              const next = nextClock(a.clocks)
              return (
                <tr key={a.id} data-number={a.number}>
                  <td><a href={routeHref('certifications', a.id)}>{a.number}</a></td>
                  <td><span className="badge">{label('state', a.state)}</span></td>
                  <td>{a.dealer}</td>
                  <td>{a.person.name} <span className="muted">{a.person.staffNumber}</span></td>
                  <td>{label('programme', a.programme)}{a.renewal && <span className="badge"> {t('certification.renewal')}</span>}</td>
                  <td>{a.levelName}</td>
                  <td>{next && <NextDeadline clock={next.clock} dueAt={next.dueAt} secondsLeft={next.secondsLeft} />}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}
