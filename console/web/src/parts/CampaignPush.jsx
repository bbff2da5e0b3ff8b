import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { formatMoney } from '../ui/format.js'
import { PARTS_API } from './partsCampaignModel.js'

/**
 * Forced allocation (强制配货) for the parts department: choose a published campaign, set each part's quantity per
 * vehicle, preview what each dealer would get (nothing stored), then push; the result names each dealer's order.
 */
export function CampaignPush() {
  const { t } = useI18n()
  const campaigns = useLoad(() => api.get(`${PLATFORM}/warranty/campaigns`), [])
  const [code, setCode] = useState('')
  return (
    <section>
      <h2>{t('parts.push.title')}</h2>
      <p className="muted">{t('parts.push.hint')}</p>
      <Loading state={campaigns}>{list => (
        <label className="field">{t('parts.campaign')}
          <select id="push-campaign" value={code} onChange={e => setCode(e.target.value)}>
            <option value="">—</option>
            {list.map(c => <option key={c.code} value={c.code}>{c.code} · {c.title}</option>)}
          </select>
        </label>
      )}</Loading>
      {code && <Push key={code} code={code} />}
    </section>
  )
}

function Push({ code }) {
  const { t, language } = useI18n()
  const parts = useLoad(() => api.get(`${PARTS_API}/campaigns/${code}/parts`), [code])
  const [result, setResult] = useState(null)
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const run = action => async () => {
    setBusy(true); setProblem(null)
    try { setResult(await action()) } catch (error) { setProblem(error) } finally { setBusy(false) }
  }
  const setPerVehicle = (part, perVehicle) => run(async () => {
    await api.put(`${PARTS_API}/campaigns/${code}/parts`, { parts: [{ part, perVehicle: Number(perVehicle) }] })
    parts.reload()
    return null
  })()
  return (
    <>
      <h3>{t('parts.push.perVehicle')}</h3>
      <Loading state={parts}>{list => (
        <table className="list" id="push-parts">
          <thead><tr><th>{t('claim.partNumber')}</th><th>{t('parts.description')}</th><th className="number">{t('claim.unitPrice')}</th><th className="number">{t('parts.perVehicle')}</th></tr></thead>
          <tbody>{list.map(p => (
            <tr key={p.number}><td>{p.number}</td><td>{p.description}</td><td className="number">{formatMoney(p.unitPrice, language)}</td>
              <td className="number"><input type="number" min="1" max="99" defaultValue={p.perVehicle} aria-label={t('parts.perVehicle')}
                                            onBlur={e => Number(e.target.value) !== p.perVehicle && setPerVehicle(p.number, e.target.value)} /></td></tr>
          ))}</tbody>
        </table>
      )}</Loading>
      <div className="actions">
        <button type="button" id="push-preview" disabled={busy} onClick={run(() => api.get(`${PARTS_API}/campaigns/${code}/push`))}>{t('parts.push.preview')}</button>
        <button type="button" id="push-commit" className="primary" disabled={busy || !result || result.committed || result.dealers.length === 0}
                onClick={run(() => api.post(`${PARTS_API}/campaigns/${code}/push`, {}))}>{t('parts.push.commit')}</button>
      </div>
      <ProblemBanner problem={problem} />
      {result && <PushResult result={result} />}
    </>
  )
}

function PushResult({ result }) {
  const { t, language } = useI18n()
  return (
    <div id="push-result" data-committed={result.committed}>
      <p>{t(result.committed ? 'parts.push.committed' : 'parts.push.previewed', {
        vehicles: result.unrepairedVehicles, withoutDealer: result.vehiclesWithoutDealer, quantity: result.quantity, value: result.value })}</p>
      <table className="list" id="push-dealers">
        <thead><tr><th>{t('claim.dealer')}</th><th className="number">{t('parts.vehicles')}</th><th>{t('claim.partNumber')}</th>
          <th className="number">{t('claim.quantity')}</th><th className="number">{t('parts.value')}</th><th>{t('parts.order')}</th></tr></thead>
        <tbody>
          {result.dealers.length === 0 && <tr><td colSpan={6} className="muted">{t('parts.push.nothing')}</td></tr>}
          {result.dealers.map(d => d.lines.map((l, i) => (
            <tr key={`${d.dealer}-${l.part}`} data-dealer={d.dealer}>
              {i === 0 && <td rowSpan={d.lines.length}>{d.dealerName}<div className="muted">{d.dealer}</div></td>}
              {i === 0 && <td rowSpan={d.lines.length} className="number">{d.vehicles}</td>}
              <td>{l.part} <span className="muted">{l.description}</span></td>
              <td className="number">{l.quantity} <span className="muted">({l.vehicles} × {l.perVehicle})</span></td>
              <td className="number">{formatMoney(l.value, language)}</td>
              {i === 0 && <td rowSpan={d.lines.length}>{d.order ? <a href={routeHref('partsOrders', d.order)}>{d.orderNumber}</a> : '—'}</td>}
            </tr>
          )))}
        </tbody>
      </table>
    </div>
  )
}
