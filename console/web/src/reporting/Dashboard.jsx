import { api, REPORTING } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { todayIn } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { KpiDetail } from './KpiDetail.jsx'
import { dashboardKpis, formatValue } from './kpiModel.js'

/** The last twelve months up to today, in the network's calendar. */
export function defaultRange() {
  const today = todayIn()
  const [y, m] = today.split('-').map(Number)
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10)
  return { from: start, to: today }
}

/** The rows a caller's dashboard shows first: a dealer its own, a region its dealers, head office its regions. */
export function defaultRows(me) {
  if (me.scope === 'DEALER') return 'DEALER'
  if (me.scope === 'REGIONS') return 'DEALER'
  return 'REGION'
}

/** Every KPI over one range beside the network's, with the chosen one's charts and figures below. */
export function Dashboard({ me, query }) {
  const { t, language } = useI18n()
  const zh = language === 'zh-CN'
  const range = defaultRange()
  const from = query.from || range.from
  const to = query.to || range.to
  const by = query.by || defaultRows(me)
  const chosen = dashboardKpis(me)
  const reports = useLoad(() => api.get(`${REPORTING}/kpis/dashboard`, { from, to, by, kpi: chosen || undefined }), [from, to, by])
  const go = changes => navigate('reports', null, { from, to, by, kpi: query.kpi, ...changes })
  return (
    <section className="reports">
      <h2>{t('reports.title')}</h2>
      <form className="filters" onSubmit={e => {
        e.preventDefault()
        const f = new FormData(e.target)
        go({ from: f.get('from'), to: f.get('to'), by: f.get('by') })
      }}>
        <label>{t('reports.from')} <input type="date" name="from" id="report-from" defaultValue={from} /></label>
        <label>{t('reports.to')} <input type="date" name="to" id="report-to" defaultValue={to} /></label>
        <label>{t('reports.by')} <select name="by" id="report-by" defaultValue={by}>
          {(me.scope === 'DEALER' ? ['DEALER'] : me.scope === 'REGIONS' ? ['REGION', 'DEALER'] : ['NETWORK', 'REGION', 'DEALER'])
            .map(b => <option key={b} value={b}>{t(`reports.by.${b}`)}</option>)}
        </select></label>
        <button type="submit">{t('reports.apply')}</button>
      </form>
      <Loading state={reports}>{list => {
        const selected = query.kpi || list[0]?.kpi.code
        return (
          <>
            <table className="list" id="kpi-dashboard">
              <thead><tr><th>{t('reports.kpi')}</th>{by === 'DEALER' && me.scope === 'DEALER' && <th>{t('reports.value')}</th>}<th>{t('reports.network')}</th></tr></thead>
              <tbody>
                {list.map(r => {
                  const own = r.rows[0]
                  const network = r.network[0]
                  return (
                    <tr key={r.kpi.code} data-kpi={r.kpi.code} className={r.kpi.code === selected ? 'selected' : undefined}>
                      <td><a href={routeHref('reports', null, { from, to, by, kpi: r.kpi.code })}>{zh ? r.kpi.name.zh : r.kpi.name.en}</a></td>
                      {by === 'DEALER' && me.scope === 'DEALER' && <td className="value">{formatValue(own, r.kpi.unit) ?? <span className="muted no-data">{t('reports.noData')}</span>}</td>}
                      <td className="value">{formatValue(network, r.kpi.unit) ?? <span className="muted no-data">{t('reports.noData')}</span>}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            {selected && <KpiDetail code={selected} from={from} to={to} by={by} />}
          </>
        )
      }}</Loading>
    </section>
  )
}
