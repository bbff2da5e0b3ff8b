import { useMemo } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { unplacedErrors } from '../app/problem.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, LineInput, Loading, ProblemBanner, Select, useMessage } from '../ui/controls.jsx'
import { formatDateTime, formatMoney, todayIn } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { BalanceFacts, DEPOSITS, Shortfall } from './Deposits.jsx'
import { OrderPage } from './OrderPage.jsx'
import { EMPTY_ORDER, LISTED_KINDS, ORDER_KINDS, ORDER_STATES, orderBody, orderErrors, pricedLines, runningCampaigns, shortfall } from './partsModel.js'

export const ORDERS = `${PLATFORM}/parts/orders`

/** #/partsOrders (the list), #/partsOrders/new (dealer parts staff), #/partsOrders/<id>. */
export function Orders({ me, id, query }) {
  if (id === 'new') return <OrderForm me={me} />
  return id ? <OrderPage me={me} id={id} /> : <OrderList me={me} query={query} />
}

function OrderList({ me, query }) {
  const { t, label, language } = useI18n()
  const filter = { state: query.state || '', kind: query.kind || '', dealer: query.dealer || '' }
  const orders = useLoad(() => api.get(ORDERS, filter), [filter.state, filter.kind, filter.dealer])
  const set = (name, value) => navigate('partsOrders', null, { ...filter, [name]: value })
  return (
    <section>
      <div className="title-row">
        <h2>{t('menu.partsOrders')}</h2>
        {can.orderParts(me) && <a className="button primary" id="new-order" href={routeHref('partsOrders', 'new')}>{t('parts.orders.new')}</a>}
      </div>
      <div className="filters">
        <select id="filter-state" aria-label={t('claim.state')} value={filter.state} onChange={e => set('state', e.target.value)}>
          <option value="">{t('filter.anyState')}</option>
          {ORDER_STATES.map(s => <option key={s} value={s}>{label('state', s)}</option>)}
        </select>
        <select id="filter-kind" aria-label={t('claim.kind')} value={filter.kind} onChange={e => set('kind', e.target.value)}>
          <option value="">{t('filter.anyKind')}</option>
          {LISTED_KINDS.map(k => <option key={k} value={k}>{label('orderKind', k)}</option>)}
        </select>
        {me.scope !== 'DEALER' && (
          <input id="filter-dealer" placeholder={t('claim.dealer')} aria-label={t('claim.dealer')} defaultValue={filter.dealer}
                 onKeyDown={e => { if (e.key === 'Enter') set('dealer', e.target.value.trim()) }} />
        )}
      </div>
      <Loading state={orders}>{list => (
        <table className="list" id="orders">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.kind')}</th>{me.scope !== 'DEALER' && <th>{t('claim.dealer')}</th>}
            <th>{t('claim.state')}</th><th>{t('parts.placedAt')}</th><th className="number">{t('parts.value')}</th>
            <th className="number">{t('parts.asked')}</th><th className="number">{t('parts.allocated')}</th><th className="number">{t('parts.backorder')}</th></tr></thead>
          <tbody>
            {list.length === 0 && <tr><td colSpan={9} className="muted">{t('common.nothing')}</td></tr>}
            {list.map(o => (
              <tr key={o.id} data-order={o.number} data-state={o.state}>
                <td><a href={routeHref('partsOrders', o.id)}>{o.number}</a></td>
                <td>{label('orderKind', o.kind)}{o.vin ? ` · ${o.vin}` : ''}{o.campaignCode ? ` · ${o.campaignCode}` : ''}</td>
                {me.scope !== 'DEALER' && <td>{o.dealer}</td>}
                <td><span className="badge">{label('state', o.state)}</span></td>
                <td>{formatDateTime(o.placedAt, language)}</td>
                <td className="number">{formatMoney(o.value, language)}</td>
                <td className="number">{o.asked}</td><td className="number">{o.allocated}</td><td className="number">{o.backorder}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** A new order: the kind with its citation, lines priced from the catalogue, set against the available deposit. */
function OrderForm({ me }) {
  const { t, label, language } = useI18n()
  const message = useMessage()
  const form = useForm(EMPTY_ORDER, orderErrors)
  // One key per form: a second press, or a retry after a lost answer, places one order.
  const idempotencyKey = useMemo(() => `console-${crypto.randomUUID()}`, [])
  const sources = useLoad(() => Promise.all([
    api.get(`${PLATFORM}/warranty/catalogue/parts`),
    api.get(`${PLATFORM}/warranty/campaigns`),
    api.get(`${DEPOSITS}/${encodeURIComponent(me.dealer)}`)
  ]), [])
  const [parts, campaigns, balance] = sources.data || [[], [], null]
  const v = form.values
  const priced = pricedLines(v.lines, parts)
  const missing = balance ? shortfall(priced.total, balance.available) : 0
  const setLine = (i, field, value) => form.set('lines', v.lines.map((line, j) => (j === i ? { ...line, [field]: value } : line)))
  const place = () => form.submit(async values => {
    const order = await api.post(ORDERS, orderBody(values, idempotencyKey))
    navigate('partsOrders', order.id)
  })
  const placed = ['kind', 'vin', 'repairOrder', 'campaignCode', 'note', 'lines', 'idempotencyKey',
    ...v.lines.flatMap((_, i) => [`lines[${i}].partNumber`, `lines[${i}].quantity`])]
  if (!can.orderParts(me)) return <ProblemBanner problem={{ message: t('parts.orders.dealersOnly') }} />
  return (
    <section>
      <h2>{t('parts.orders.newTitle')}</h2>
      <form className="form grid" id="order-form" onSubmit={e => { e.preventDefault(); place() }} noValidate>
        <Select form={form} name="kind" label={t('claim.kind')} options={ORDER_KINDS} render={k => label('orderKind', k)} required />
        {v.kind === 'VOR' && <>
          <Field form={form} name="vin" label="VIN" required maxLength={17} className="mono" />
          <Field form={form} name="repairOrder" label={t('claim.repairOrder')} required maxLength={40} />
        </>}
        {v.kind === 'CAMPAIGN' && (
          <Field form={form} name="campaignCode" label={t('claim.campaign')} required>
            <select id="field-campaignCode" value={v.campaignCode} onChange={e => form.set('campaignCode', e.target.value)}>
              <option value="">{t('claim.chooseCampaign')}</option>
              {runningCampaigns(campaigns, todayIn()).map(c => <option key={c.code} value={c.code}>{c.code} · {c.title}</option>)}
            </select>
          </Field>
        )}
        <p className="muted wide">{t(`parts.orders.kindHint.${v.kind}`)}</p>

        <fieldset className="wide" id="order-lines">
          <legend>{t('parts.lines')}</legend>
          {form.errors.lines && <div className="field-error" data-field="lines">{message(form.errors.lines)}</div>}
          <datalist id="catalogue-parts">{parts.map(p => <option key={p.number} value={p.number}>{p.description} · {formatMoney(p.unitPrice, language)}</option>)}</datalist>
          {priced.lines.map((line, i) => (
            <div className="line" key={i} data-line={i}>
              <LineInput form={form} name={`lines[${i}].partNumber`} label={t('claim.partNumber')} value={line.partNumber} list="catalogue-parts"
                         onChange={value => setLine(i, 'partNumber', value)} />
              <LineInput form={form} name={`lines[${i}].quantity`} label={t('claim.quantity')} value={line.quantity} type="number" min={1}
                         onChange={value => setLine(i, 'quantity', value)} />
              <span className="line-price" data-price={line.unitPrice ?? ''}>
                {line.unitPrice === null ? (line.partNumber.trim() ? t('parts.notInCatalogue') : '')
                  : `${line.description} · ${formatMoney(line.unitPrice, language)} × ${line.quantity || 0} = ${formatMoney(line.amount, language)}`}
              </span>
              <button type="button" className="link" onClick={() => form.set('lines', v.lines.filter((_, j) => j !== i))}>{t('common.remove')}</button>
            </div>
          ))}
          <button type="button" id="add-line" onClick={() => form.set('lines', [...v.lines, { partNumber: '', quantity: '1' }])}>+ {t('parts.addLine')}</button>
        </fieldset>
        <Field form={form} name="note" label={t('parts.note')} type="textarea" rows={2} maxLength={2000} />

        <div>
          <dl className="facts" id="order-total">
            <dt>{t('parts.orderValue')}</dt><dd id="order-value">{formatMoney(priced.total, language)}{priced.complete ? '' : ` (${t('parts.partlyPriced')})`}</dd>
          </dl>
          {balance && <BalanceFacts balance={balance} id="order-balance" />}
          {missing > 0 && <div className="problem" id="expected-shortfall">{t('parts.orders.overDeposit', { amount: formatMoney(missing, language) })}</div>}
        </div>

        <div className="wide">
          <Shortfall problem={form.failure} />
          {form.failure && !placed.some(f => form.serverErrors[f]) && <ProblemBanner problem={form.failure} />}
          {unplacedErrors(form.serverErrors, placed).map(m => <div key={m} className="field-error">{m}</div>)}
          <div className="actions">
            <a className="button" href={routeHref('partsOrders')}>{t('common.cancel')}</a>
            <button type="submit" id="place-order" className="primary" disabled={form.busy}>{t('parts.orders.place')}</button>
          </div>
        </div>
      </form>
    </section>
  )
}

