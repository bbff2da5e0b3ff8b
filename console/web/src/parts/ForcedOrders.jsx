import { api } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { FORCED_STATES, PARTS_API } from './partsCampaignModel.js'

const ORDERS = `${PARTS_API}/orders`
const RECEIVE = { RECEIVE: { path: 'receive', fields: [] } }

/** The forced orders campaign pushes opened, newest first, by state. */
export function ForcedOrders({ query }) {
  const { t, label } = useI18n()
  const state = query.state || ''
  const list = useLoad(() => api.get(ORDERS, { state, kind: 'FORCED' }), [state])
  return (
    <section>
      <h2>{t('menu.forcedOrders')}</h2>
      <div className="tabs">
        <button type="button" className={state === '' ? 'active' : ''} onClick={() => navigate('forcedOrders')}>{t('filter.anyState')}</button>
        {FORCED_STATES.map(s => <button key={s} type="button" className={s === state ? 'active' : ''} onClick={() => navigate('forcedOrders', null, { state: s })}>{label('state', s)}</button>)}
      </div>
      <Loading state={list}>{items => (
        <table className="list" id="forced-orders">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('parts.campaign')}</th><th className="number">{t('parts.value')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(o => (
              <tr key={o.id} data-number={o.number}>
                <td><a href={routeHref('forcedOrders', o.id)}>{o.number}</a></td><td><span className="badge">{label('state', o.state)}</span></td>
                <td>{o.dealer}</td><td>{o.campaignCode}</td><td className="number">{o.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** One forced order: its lines as allocated, shipped and received; the dealer confirms receipt. */
export function ForcedOrderPage({ id }) {
  const { t, label } = useI18n()
  const order = useLoad(() => api.get(`${ORDERS}/${id}`), [id])
  return (
    <Loading state={order}>{o => (
      <section className="case">
        <div className="title-row">
          <h2><span id="order-number">{o.number}</span> · {t('parts.forcedFor', { campaign: o.campaignCode })}</h2>
          <span className="badge big" id="order-state" data-state={o.state}>{label('state', o.state)}</span>
        </div>
        <CaseActions path={`${ORDERS}/${o.id}`} allowed={o.allowedActions} specs={RECEIVE} number={o.number} onDone={order.reload} />
        <dl className="facts"><dt>{t('claim.dealer')}</dt><dd>{o.dealer}</dd><dt>{t('parts.value')}</dt><dd>{o.value}</dd></dl>
        <table className="list" id="order-lines">
          <thead><tr><th>#</th><th>{t('claim.partNumber')}</th><th className="number">{t('claim.quantity')}</th><th className="number">{t('parts.allocated')}</th>
            <th className="number">{t('parts.shipped')}</th><th className="number">{t('parts.received')}</th></tr></thead>
          <tbody>{o.lines.map(l => (
            <tr key={l.lineNo}><td>{l.lineNo}</td><td>{l.part} <span className="muted">{l.description}</span></td><td className="number">{l.quantity}</td>
              <td className="number">{l.allocated}</td><td className="number">{l.shipped}</td><td className="number">{l.received}</td></tr>
          ))}</tbody>
        </table>
        <h3>{t('case.timeline')}</h3>
        <Timeline steps={o.timeline || []} />
      </section>
    )}</Loading>
  )
}
