import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'

/** This month so far, as the coverage query's from and to (UTC days). */
function thisMonth() {
  const today = new Date().toISOString().slice(0, 10)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** What dealers were held to account for: false closures and repeated complaints, newest first. */
export function Penalties({ me, query }) {
  const { t, label, language } = useI18n()
  const dealer = me.dealer ? null : query.dealer
  const penalties = useLoad(() => api.get(`${PLATFORM}/complaints/penalties`, { dealer }), [dealer])
  const month = thisMonth()
  const coverage = useLoad(() => api.get(`${PLATFORM}/complaints/callback-coverage`, { dealer, ...month }), [dealer])
  return (
    <section>
      <h2>{t('complaints.penalties')}</h2>
      {!me.dealer && <div className="filters">
        <input aria-label={t('claim.dealer')} id="filter-dealer" placeholder={t('claim.dealer')} defaultValue={query.dealer || ''}
               onKeyDown={e => e.key === 'Enter' && navigate('complaints', 'penalties', { dealer: e.target.value.trim() })} />
      </div>}
      <Loading state={coverage}>{c => (
        <p id="callback-coverage">{t('complaints.callbackCoverage', {
          closed: c.closed, calledBack: c.calledBack,
          percent: c.coveragePercent === undefined || c.coveragePercent === null ? '–' : `${c.coveragePercent} %`,
          falseClosures: c.falseClosures
        })}</p>
      )}</Loading>
      <Loading state={penalties}>{items => (
        <table className="list" id="penalties-list">
          <thead><tr><th>{t('claim.dealer')}</th><th>{t('claim.number')}</th><th>{t('complaints.penaltyKind')}</th><th>{t('complaints.penaltyAt')}</th><th>{t('complaints.note')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
            {items.map((p, i) => (
              <tr key={`${p.caseId}-${p.kind}-${i}`}>
                <td>{p.dealer}</td><td><a href={routeHref('complaints', p.caseId)}>{p.caseNumber}</a></td>
                <td><span className="badge danger">{label('penalty', p.kind)}</span></td><td>{formatDateTime(p.at, language)}</td><td>{p.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}
