import { api, REPORTING } from '../app/api.js'
import { caseHref, routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { Loading, Pager } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'

const SIZE = 20

/** The records behind a figure: exactly those the figure counted, as many as its numerator or denominator. */
export function KpiRecords({ query }) {
  const { t, label, language } = useI18n()
  const page = Number(query.page || 0)
  const { kpi, side, from, to, dealer, region, reason } = query
  const records = useLoad(() => api.get(`${REPORTING}/kpis/${kpi}/records`, { side, from, to, dealer, region, reason, page, size: SIZE }),
    [kpi, side, from, to, dealer, region, reason, page])
  return (
    <section>
      <h2>{t('reports.records')}</h2>
      <p><a href={routeHref('reports', null, { from, to, kpi })}>← {t('reports.back')}</a></p>
      <Loading state={records}>{p => (
        <>
          <ExportButtons path={`${REPORTING}/kpis/${kpi}/records`} query={{ side, from, to, dealer, region, reason }} name={`kpi-${String(kpi).toLowerCase()}-records`} />
          <p id="records-total" data-total={p.total}>{t('reports.recordsTotal', { total: p.total, side: t(`reports.side.${p.side}`), kpi: p.kpi, from, to })}</p>
          <table className="list" id="kpi-records">
            <thead><tr><th>{t('reports.record')}</th><th>{t('claim.dealer')}</th><th>{t('reports.kind')}</th><th>{t('reports.date')}</th></tr></thead>
            <tbody>
              {p.items.length === 0 && <tr><td colSpan={4} className="muted">{t('common.nothing')}</td></tr>}
              {p.items.map(item => (
                <tr key={item.id}>
                  <td>{p.source === 'CASES' ? <a href={caseHref(item)}>{item.number}</a> : item.number}</td>
                  <td>{item.dealerName || item.dealerCode}</td>
                  <td>{p.source === 'CASES' ? label('type', item.type) : label('feedKind', item.kind)}</td>
                  <td>{formatDateTime(item.submittedAt || item.createdAt || item.openedAt || item.deliveredAt || item.scheduledFor || item.receivedAt || item.requestedAt || item.occurredAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={SIZE} total={p.total} onPage={n => navigate('kpiRecords', null, { ...query, page: n })} />
        </>
      )}</Loading>
    </section>
  )
}
