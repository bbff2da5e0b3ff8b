import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { EMPTY_ENTRY, ENTRY_KINDS, entryBody, entryErrors, shortfallIn } from './partsModel.js'

export const DEPOSITS = `${PLATFORM}/parts/deposits`

/** A dealer's staff see their own deposit; OEM staff the balances within reach, then one dealer's. */
export function Deposits({ me, id }) {
  if (me.scope === 'DEALER') return <DealerDeposit me={me} dealer={me.dealer} />
  return id ? <DealerDeposit me={me} dealer={id} /> : <Balances />
}

function Balances() {
  const { t, language } = useI18n()
  const balances = useLoad(() => api.get(DEPOSITS), [])
  return (
    <section>
      <h2>{t('parts.deposits.title')}</h2>
      <p className="muted">{t('parts.deposits.explain')}</p>
      <Loading state={balances}>{list => (
        <>
          <div className="filters">
            <label htmlFor="deposit-dealer">{t('claim.dealer')}</label>
            <select id="deposit-dealer" value="" onChange={e => e.target.value && navigate('partsDeposits', e.target.value)}>
              <option value="">{t('parts.chooseDealer')}</option>
              {list.map(b => <option key={b.dealer} value={b.dealer}>{b.dealer}</option>)}
            </select>
          </div>
          <table className="list" id="balances">
            <thead><tr><th>{t('claim.dealer')}</th><th className="number">{t('parts.deposit')}</th><th className="number">{t('parts.openOrders')}</th>
              <th className="number">{t('parts.unpaidInvoices')}</th><th className="number">{t('parts.available')}</th></tr></thead>
            <tbody>
              {list.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
              {list.map(b => (
                <tr key={b.dealer} data-dealer={b.dealer}>
                  <td><a href={routeHref('partsDeposits', b.dealer)}>{b.dealer}</a></td>
                  <td className="number">{formatMoney(b.deposit, language)}</td>
                  <td className="number">{formatMoney(b.openOrders, language)}</td>
                  <td className="number">{formatMoney(b.unpaidInvoices, language)}</td>
                  <td className={`number${Number(b.available) < 0 ? ' negative' : ''}`}>{formatMoney(b.available, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}</Loading>
    </section>
  )
}

function DealerDeposit({ me, dealer }) {
  const { t, label, language } = useI18n()
  const balance = useLoad(() => api.get(`${DEPOSITS}/${encodeURIComponent(dealer)}`), [dealer])
  const entries = useLoad(() => api.get(`${DEPOSITS}/${encodeURIComponent(dealer)}/entries`), [dealer])
  const reload = () => { balance.reload(); entries.reload() }
  return (
    <section>
      <div className="title-row">
        <h2>{t('parts.deposits.of', { dealer })}</h2>
        {me.scope !== 'DEALER' && <a href={routeHref('partsDeposits')}>{t('parts.deposits.all')}</a>}
      </div>
      <Loading state={balance}>{b => <BalanceFacts balance={b} />}</Loading>
      {can.keepParts(me) && <RecordEntry dealer={dealer} onRecorded={reload} />}
      <h3>{t('parts.ledger')}</h3>
      <Loading state={entries}>{list => (
        <table className="list" id="ledger">
          <thead><tr><th>{t('parts.recordedAt')}</th><th>{t('parts.entryKind')}</th><th className="number">{t('parts.amount')}</th>
            <th>{t('parts.reference')}</th><th>{t('parts.order')}</th><th>{t('parts.recordedBy')}</th></tr></thead>
          <tbody>
            {list.length === 0 && <tr><td colSpan={6} className="muted">{t('common.nothing')}</td></tr>}
            {list.map(e => (
              <tr key={e.id} data-kind={e.kind}>
                <td>{formatDateTime(e.recordedAt, language)}</td>
                <td>{label('entryKind', e.kind)}</td>
                <td className="number">{['RELEASE', 'INVOICE'].includes(e.kind) ? '−' : ''}{formatMoney(e.amount, language)}</td>
                <td>{e.reference}</td>
                <td>{e.order ? <a href={routeHref('partsOrders', e.order)}>{e.orderNumber}</a> : ''}</td>
                <td>{e.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** Deposit, open orders, unpaid invoices and what is available, as the API computes them. */
export function BalanceFacts({ balance, id = 'balance' }) {
  const { t, language } = useI18n()
  return (
    <dl className="facts" id={id}>
      <dt>{t('parts.deposit')}</dt><dd data-amount="deposit">{formatMoney(balance.deposit, language)}</dd>
      <dt>{t('parts.openOrders')}</dt><dd data-amount="openOrders">− {formatMoney(balance.openOrders, language)}</dd>
      <dt>{t('parts.unpaidInvoices')}</dt><dd data-amount="unpaidInvoices">− {formatMoney(balance.unpaidInvoices, language)}</dd>
      <dt><strong>{t('parts.available')}</strong></dt>
      <dd data-amount="available"><strong className={Number(balance.available) < 0 ? 'negative' : ''}>{formatMoney(balance.available, language)}</strong></dd>
    </dl>
  )
}

/** A shortfall the API named in a refusal, shown as a figure of its own. */
export function Shortfall({ problem }) {
  const { t, language } = useI18n()
  const missing = shortfallIn(problem)
  if (missing === null) return null
  return <div className="problem shortfall" role="alert" id="shortfall">{t('parts.shortfall', { amount: formatMoney(missing, language) })}</div>
}

/** The parts department records a payment, a release or a paid invoice; the server's messages show next to the fields. */
function RecordEntry({ dealer, onRecorded }) {
  const { t, label } = useI18n()
  const form = useForm(EMPTY_ENTRY, entryErrors)
  const record = () => form.submit(async values => {
    await api.post(`${DEPOSITS}/${encodeURIComponent(dealer)}/entries`, entryBody(values))
    form.setValues(EMPTY_ENTRY)
    onRecorded()
  })
  const placed = ['kind', 'amount', 'reference']
  const elsewhere = form.failure && !placed.some(f => form.serverErrors[f])
  return (
    <form className="form grid" id="record-entry" onSubmit={e => { e.preventDefault(); record() }} noValidate>
      <h3 className="wide">{t('parts.record')}</h3>
      <Select form={form} name="kind" label={t('parts.entryKind')} options={ENTRY_KINDS} render={k => label('entryKind', k)} required />
      <Field form={form} name="amount" label={t('parts.amountCny')} type="number" step="0.01" min="0.01" required />
      <Field form={form} name="reference" label={t('parts.reference')} required maxLength={100} />
      <div className="wide">
        <p className="muted">{t(`parts.entryHint.${form.values.kind}`)}</p>
        <Shortfall problem={form.failure} />
        {elsewhere && <ProblemBanner problem={form.failure} />}
        <button type="submit" id="record-entry-button" className="primary" disabled={form.busy}>{t('parts.recordButton')}</button>
      </div>
    </form>
  )
}
