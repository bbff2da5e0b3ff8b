import { api, REPORTING } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { DistributionChart, RankingChart, TrendChart } from './charts.jsx'
import { formatValue, LOWER_IS_BETTER, recordsQuery, withoutData } from './kpiModel.js'

/** One KPI: its definition, its trend by month, its ranking and distribution over the rows, and the figures with their records. */
export function KpiDetail({ code, from, to, by }) {
  const { t, language } = useI18n()
  const zh = language === 'zh-CN'
  const range = { from, to, by }
  const trend = useLoad(() => api.get(`${REPORTING}/kpis/${code}`, { ...range, interval: 'MONTH' }), [code, from, to, by])
  const total = useLoad(() => api.get(`${REPORTING}/kpis/${code}`, { ...range, interval: 'TOTAL' }), [code, from, to, by])
  return (
    <div className="kpi-detail" data-kpi={code}>
      <Loading state={total}>{report => {
        const kpi = report.kpi
        const missing = withoutData(report)
        const grouped = report.groupBy !== 'NETWORK'
        return (
          <>
            <h3>{zh ? kpi.name.zh : kpi.name.en}</h3>
            <p className="muted">{t('reports.formula')}: {zh ? kpi.formula.zh : kpi.formula.en} · {t('reports.version', { version: kpi.version, since: kpi.since })} · {t(`reports.source.${kpi.source}`)}</p>
            <Loading state={trend}>{monthly => (
              <section>
                <h4>{t('reports.trend')}</h4>
                <TrendChart report={monthly} title={`${t('reports.trend')} ${kpi.code}`} networkLabel={t('reports.network')} />
              </section>
            )}</Loading>
            {grouped && (
              <div className="chart-pair">
                <section>
                  <h4>{t('reports.ranking')}</h4>
                  <RankingChart report={report} lowerIsBetter={LOWER_IS_BETTER.has(kpi.code)} title={`${t('reports.ranking')} ${kpi.code}`}
                                onBar={figure => kpi.components.length === 0 && navigate('kpiRecords', null, recordsQuery(report, figure, sideOf(kpi)))} />
                  {missing.length > 0 && <p className="muted" id="without-data">{t('reports.withoutData', { names: missing.map(g => g.name || g.code).join('、') })}</p>}
                </section>
                {report.groupBy !== 'REASON' && (
                  <section>
                    <h4>{t('reports.distribution')}</h4>
                    <DistributionChart report={report} title={`${t('reports.distribution')} ${kpi.code}`} />
                  </section>
                )}
              </div>
            )}
            <ExportButtons path={`${REPORTING}/kpis/${code}`} query={{ ...range, interval: 'TOTAL' }} name={`kpi-${code.toLowerCase()}`} />
            <FigureTable report={report} />
          </>
        )
      }}</Loading>
    </div>
  )
}

/** The side whose records a bar opens: a ratio's or a tally's numerator, an average's population. */
function sideOf(kpi) {
  return kpi.unit === 'HOURS' ? 'DENOMINATOR' : 'NUMERATOR'
}

function FigureTable({ report }) {
  const { t } = useI18n()
  const kpi = report.kpi
  const drillable = kpi.components.length === 0
  const link = (figure, side, value) => drillable && value !== null && value !== undefined
    ? <a href={routeHref('kpiRecords', null, recordsQuery(report, figure, side))} data-side={side}>{value}</a>
    : (value ?? '–')
  const cell = figure => formatValue(figure, kpi.unit) ?? <span className="muted no-data">{t('reports.noData')}</span>
  return (
    <table className="list figures" id="kpi-figures">
      <thead><tr><th>{t('reports.row')}</th><th>{t('reports.value')}</th><th>{t('reports.count')}</th><th>{t('reports.base')}</th></tr></thead>
      <tbody>
        {report.rows.map(f => (
          <tr key={`${f.group.code}-${f.period.key}`} data-row={f.group.code}>
            <td>{f.group.name || f.group.code}</td>
            <td className="value">{cell(f)}</td>
            <td>{kpi.unit === 'HOURS' ? '' : link(f, 'NUMERATOR', f.count)}</td>
            <td>{kpi.unit === 'COUNT' ? '' : link(f, 'DENOMINATOR', f.base)}</td>
          </tr>
        ))}
        {report.network.map(f => (
          <tr key={`network-${f.period.key}`} className="network" data-row="network">
            <td>{kpi.unit === 'COUNT' ? t('reports.networkAverage') : t('reports.network')}</td>
            <td className="value">{cell(f)}</td><td>{f.count ?? ''}</td><td>{f.base ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
