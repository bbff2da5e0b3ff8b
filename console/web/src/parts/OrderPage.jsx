import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { ApiProblem } from '../app/problem.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { cancelBody, lineErrorsByNumber, percent, quantityError, reasonIn, receiveBody, receiveForm } from './partsModel.js'

const ORDERS = `${PLATFORM}/parts/orders`

/** The steps CaseActions sends as they are; cancelling some lines and receiving take quantities per line below. */
const SPECS = {
  SHIP: { path: 'ship', fields: [] },
  SHIP_PART: { path: 'ship', fields: [] },
  CANCEL: { path: 'cancel', fields: [{ name: 'reason', label: 'parts.reason', type: 'textarea' }] },
  CANCEL_BACKORDER: { path: 'cancel', hint: 'parts.cancelBackorderHint', fields: [{ name: 'reason', label: 'parts.reason', type: 'textarea' }] }
}

export function OrderPage({ id }) {
  const order = useLoad(() => api.get(`${ORDERS}/${id}`), [id])
  return <Loading state={order}>{o => <Order o={o} reload={order.reload} />}</Loading>
}

function Order({ o, reload }) {
  const { t, label, language } = useI18n()
  const path = `${ORDERS}/${o.id}`
  const allowed = o.allowedActions || []
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="order-number">{o.number}</span> · {label('orderKind', o.kind)}</h2>
        <span className="badge big" id="order-state" data-state={o.state}>{label('state', o.state)}</span>
      </div>
      <CaseActions path={path} allowed={allowed} specs={SPECS} number={o.number} onDone={reload} />
      <dl className="facts" id="order-facts">
        <dt>{t('claim.dealer')}</dt><dd>{o.dealer}</dd>
        <dt>{t('claim.kind')}</dt><dd>{label('orderKind', o.kind)}</dd>
        {o.vin && <><dt>VIN</dt><dd className="mono">{o.vin}</dd></>}
        {o.repairOrder && <><dt>{t('claim.repairOrder')}</dt><dd>{o.repairOrder}</dd></>}
        {o.campaignCode && <><dt>{t('claim.campaign')}</dt><dd>{o.campaignCode}</dd></>}
        <dt>{t('parts.placedAt')}</dt><dd>{formatDateTime(o.placedAt, language)}</dd>
        <dt>{t('parts.value')}</dt><dd id="order-value">{formatMoney(o.value, language)}</dd>
        <dt>{t('parts.asked')} / {t('parts.allocated')} / {t('parts.backorder')}</dt><dd>{o.asked} / {o.allocated} / {o.backorder}</dd>
        {o.note && <><dt>{t('parts.note')}</dt><dd>{o.note}</dd></>}
        {o.idempotencyKey && !o.idempotencyKey.startsWith('console-') && <><dt>{t('parts.dmsKey')}</dt><dd className="mono">{o.idempotencyKey}</dd></>}
      </dl>
      <h3>{t('parts.lines')}</h3>
      <table className="list" id="order-lines">
        <thead><tr><th>#</th><th>{t('claim.partNumber')}</th><th className="number">{t('claim.unitPrice')}</th>
          <th className="number">{t('parts.asked')}</th><th className="number">{t('parts.allocated')}</th><th className="number">{t('parts.shipped')}</th>
          <th className="number">{t('parts.received')}</th><th className="number">{t('parts.backorder')}</th><th className="number">{t('parts.cancelled')}</th>
          <th>{t('parts.lastAllocation')}</th></tr></thead>
        <tbody>
          {o.lines.map(l => (
            <tr key={l.id} data-line={l.lineNo} data-part={l.partNumber}>
              <td>{l.lineNo}</td>
              <td>{l.partNumber}<div className="muted">{l.description}</div></td>
              <td className="number">{formatMoney(l.unitPrice, language)}</td>
              <td className="number">{l.quantity}</td><td className="number">{l.allocated}</td><td className="number">{l.shipped}</td>
              <td className="number">{l.received}</td><td className="number">{l.backorder}</td><td className="number">{l.cancelled}</td>
              <td className="reason">{l.lastAllocation
                ? <><span className="badge">{label('tier', l.lastAllocation.tier)}</span> {percent(l.lastAllocation.share)}
                  <div>{reasonIn(l.lastAllocation, language)}</div></>
                : <span className="muted">{t('parts.notAllocatedYet')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {allowed.includes('CANCEL_LINES') && (
        <LineQuantities id="cancel-lines" title={t('parts.cancelLines')} hint={t('parts.cancelLinesHint')}
                        lines={o.lines.filter(l => l.backorder > 0)} limit={l => l.backorder} limitLabel={t('parts.backorder')}
                        initial={() => ({})} noteLabel={t('parts.reason')} button={t('caseAction.CANCEL_LINES')}
                        send={(values, note) => { const body = cancelBody(o.lines, values, note); return [body.lines, api.post(`${path}/cancel`, body)] }}
                        onDone={reload} />
      )}
      {allowed.includes('RECEIVE') && (
        <LineQuantities id="receive" title={t('parts.receive')} hint={t('parts.receiveHint')}
                        lines={o.lines} limit={l => l.shipped} limitLabel={t('parts.shipped')} initial={() => receiveForm(o.lines)}
                        noteLabel={t('parts.note')} button={t('caseAction.RECEIVE')}
                        send={(values, note) => { const body = receiveBody(o.lines, values, note); return [body.lines, api.post(`${path}/receive`, body)] }}
                        onDone={reload} />
      )}
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={o.timeline || []} />
      <p><a href={routeHref('partsOrders')}>{t('parts.orders.back')}</a></p>
    </section>
  )
}

/**
 * A quantity per line (at most `limit` of each) and a note, sent by `send(values, note)`, which returns
 * the lines it sent and the request: the API names a wrong line by its position in what was sent.
 */
function LineQuantities({ id, title, hint, lines, limit, limitLabel, initial, noteLabel, button, send, onDone }) {
  const { t } = useI18n()
  const [values, setValues] = useState(initial)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState({})
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const local = Object.fromEntries(lines.map(l => {
    const key = `lines[${l.lineNo}]`
    const value = values[key] ?? ''
    const error = value === '' ? null : quantityError(value, 0) || (Number(value) > limit(l) ? ['parts.atMost', { max: limit(l) }] : null)
    return [key, error]
  }).filter(([, e]) => e))
  const submit = async () => {
    if (Object.keys(local).length > 0) return
    setBusy(true); setProblem(null); setErrors({})
    const [sent, request] = send(values, note)
    try {
      await request
      onDone()
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error
      setErrors(lineErrorsByNumber(error.fieldErrors, sent))
      setProblem(error)
    } finally { setBusy(false) }
  }
  const shown = key => local[key] ? (Array.isArray(local[key]) ? t(local[key][0], local[key][1]) : t(local[key])) : errors[key]
  return (
    <form className="form" id={id} onSubmit={e => { e.preventDefault(); submit() }} noValidate>
      <h3>{title}</h3>
      <p className="muted">{hint}</p>
      <table className="list">
        <thead><tr><th>#</th><th>{t('claim.partNumber')}</th><th className="number">{limitLabel}</th><th>{t('claim.quantity')}</th></tr></thead>
        <tbody>
          {lines.map(l => {
            const key = `lines[${l.lineNo}]`
            return (
              <tr key={l.lineNo} data-line={l.lineNo}>
                <td>{l.lineNo}</td><td>{l.partNumber}</td><td className="number">{limit(l)}</td>
                <td>
                  <input id={`${id}-${l.lineNo}`} type="number" min={0} max={limit(l)} value={values[key] ?? ''} aria-invalid={!!shown(key)}
                         onChange={e => { const value = e.target.value; setValues(vs => ({ ...vs, [key]: value })); setErrors(es => ({ ...es, [key]: undefined })) }} />
                  {shown(key) && <div className="field-error" data-field={key}>{shown(key)}</div>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <label htmlFor={`${id}-note`}>{noteLabel}</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={e => setNote(e.target.value)} maxLength={2000} />
      {problem && Object.keys(problem.fieldErrors).length === 0 && <ProblemBanner problem={problem} />}
      {problem && errors.lines && <div className="field-error" data-field="lines">{errors.lines}</div>}
      <div className="actions"><button type="submit" id={`${id}-button`} className="primary" disabled={busy}>{button}</button></div>
    </form>
  )
}
