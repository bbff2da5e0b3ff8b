import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { ExportButtons } from '../export/ExportButtons.jsx'

const firstOfMonth = () => new Date().toISOString().slice(0, 8) + '01'
const today = () => new Date().toISOString().slice(0, 10)

/** The claims credited to a dealer in a period, with the total; the goodwill paid, a section of its own with its own total. */
export function Statement({ me, query }) {
  const { t, label, language } = useI18n()
  const dealer = me.dealer || query.dealer || ''
  const from = query.from || firstOfMonth(), to = query.to || today()
  const statement = useLoad(() => (dealer ? api.get(`${PLATFORM}/warranty/statements`, { dealer, from, to }) : Promise.resolve(null)), [dealer, from, to])
  const go = changes => navigate('statement', null, { dealer, from, to, ...changes })
  return (
    <section>
      <h2>{t('statement.title')}</h2>
      <div className="filters">
        {!me.dealer && <input aria-label={t('claim.dealer')} placeholder={t('claim.dealer')} defaultValue={dealer} onKeyDown={e => e.key === 'Enter' && go({ dealer: e.target.value.trim() })} />}
        <label>{t('statement.from')} <input type="date" value={from} onChange={e => go({ from: e.target.value })} /></label>
        <label>{t('statement.to')} <input type="date" value={to} onChange={e => go({ to: e.target.value })} /></label>
        {dealer && <ExportButtons path={`${PLATFORM}/warranty/statements`} query={{ dealer, from, to }} formats={['pdf', 'csv', 'xlsx']} name="statement" />}
      </div>
      <Loading state={statement}>{s => !s ? <p className="muted">{t('statement.chooseDealer')}</p> : (
        <>
          <h3>{t('statement.warranty')}</h3>
          <table className="list" id="statement">
            <thead><tr><th>{t('claim.number')}</th><th>{t('claim.kind')}</th><th>VIN</th><th>{t('claim.repairOrder')}</th><th>{t('claim.settledAt')}</th><th>{t('claim.claimedAmount')}</th><th>{t('statement.credited')}</th></tr></thead>
            <tbody>
              {s.lines.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
              {s.lines.map(l => (
                <tr key={l.claim}><td><a href={routeHref('search', null, { q: l.claim })}>{l.claim}</a></td><td>{label('kind', l.kind)}</td><td className="mono">{l.vin}</td>
                  <td>{l.repairOrder}</td><td>{formatDateTime(l.settledAt, language)}</td><td className="number">{formatMoney(l.claimedAmount, language)}</td>
                  <td className="number">{formatMoney(l.creditedAmount, language)}</td></tr>
              ))}
            </tbody>
            <tfoot><tr><th colSpan={6}>{t('statement.total')}</th><th className="number" id="statement-total">{formatMoney(s.total, language)}</th></tr></tfoot>
          </table>
          <h3>{t('statement.goodwill')}</h3>
          <table className="list" id="statement-goodwill">
            <thead><tr><th>{t('claim.number')}</th><th>{t('goodwill.complaint')}</th><th>{t('goodwill.paidAt')}</th><th>{t('goodwill.paymentReference')}</th>
              <th className="number">{t('goodwill.requestedAmount')}</th><th className="number">{t('goodwill.oemShare')}</th><th className="number">{t('goodwill.paidAmount')}</th></tr></thead>
            <tbody>
              {(s.goodwill || []).length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
              {(s.goodwill || []).map(g => (
                <tr key={g.claim}><td><a href={routeHref('search', null, { q: g.claim })}>{g.claim}</a></td><td>{g.complaint}</td><td>{formatDateTime(g.paidAt, language)}</td>
                  <td>{g.paymentReference}</td><td className="number">{formatMoney(g.requestedAmount, language)}</td><td className="number">{g.oemSharePercent} %</td>
                  <td className="number">{formatMoney(g.paidAmount, language)}</td></tr>
              ))}
            </tbody>
            <tfoot><tr><th colSpan={6}>{t('statement.goodwillTotal')}</th><th className="number" id="statement-goodwill-total">{formatMoney(s.goodwillTotal ?? 0, language)}</th></tr></tfoot>
          </table>
        </>
      )}</Loading>
    </section>
  )
}
