import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { STOCK } from './Stock.jsx'
import { percent, reasonIn, runTotals, warehousesOf } from './partsModel.js'

const ALLOCATION = `${PLATFORM}/parts/allocation`

/** #/partsAllocation?warehouse=… (simulate, commit, past runs), #/partsAllocation/<run>. */
export function Allocation({ me, id, query }) {
  return id ? <RunPage id={id} /> : <AllocationHome me={me} warehouse={query.warehouse || ''} />
}

function AllocationHome({ me, warehouse }) {
  const { t } = useI18n()
  const stock = useLoad(() => api.get(STOCK), [])
  const runs = useLoad(() => api.get(`${ALLOCATION}/runs`, { warehouse }), [warehouse])
  const [simulation, setSimulation] = useState(null)
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const keeper = can.keepParts(me)
  const call = async action => {
    setBusy(true); setProblem(null)
    try { await action() } catch (error) { setProblem(error) } finally { setBusy(false) }
  }
  const simulate = () => call(async () => setSimulation(await api.post(`${ALLOCATION}/simulations`, { warehouse })))
  const commit = () => call(async () => {
    const run = await api.post(`${ALLOCATION}/runs`, { warehouse })
    navigate('partsAllocation', run.id)
  })
  const choose = value => { setSimulation(null); setProblem(null); navigate('partsAllocation', null, { warehouse: value }) }
  return (
    <section>
      <h2>{t('menu.partsAllocation')}</h2>
      <p className="muted">{t('parts.allocation.explain')}</p>
      <div className="filters">
        <label htmlFor="allocation-warehouse">{t('parts.warehouse')}</label>
        <select id="allocation-warehouse" value={warehouse} onChange={e => choose(e.target.value)}>
          <option value="">{keeper ? t('parts.chooseWarehouse') : t('parts.anyWarehouse')}</option>
          {warehousesOf(stock.data).map(w => <option key={w} value={w}>{w}</option>)}
        </select>
        {keeper && <button type="button" id="simulate" className="primary" disabled={!warehouse || busy} onClick={simulate}>{t('parts.allocation.simulate')}</button>}
      </div>
      <ProblemBanner problem={problem} />
      {simulation && simulation.warehouse === warehouse && (
        <div id="simulation">
          <h3>{t('parts.allocation.simulationOf', { warehouse })}</h3>
          <p className="muted">{t('parts.allocation.simulationNote')}</p>
          <RunResults run={simulation} />
          <div className="actions">
            <button type="button" id="commit" className="primary" disabled={busy || simulation.lines === 0} onClick={commit}>{t('parts.allocation.commit')}</button>
            <span className="muted">{t('parts.allocation.commitNote')}</span>
          </div>
        </div>
      )}
      <h3>{t('parts.allocation.runs')}</h3>
      <Loading state={runs}>{list => (
        <table className="list" id="runs">
          <thead><tr><th>{t('parts.allocation.runAt')}</th><th>{t('parts.warehouse')}</th><th>{t('parts.allocation.runBy')}</th>
            <th className="number">{t('parts.lines')}</th><th className="number">{t('parts.allocated')}</th></tr></thead>
          <tbody>
            {list.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
            {list.map(r => (
              <tr key={r.id} data-run={r.id}>
                <td><a href={routeHref('partsAllocation', r.id)}><RunTime run={r} /></a></td>
                <td>{r.warehouse}</td><td>{r.runBy}</td><td className="number">{r.lines}</td><td className="number">{r.allocated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

function RunTime({ run }) {
  const { language } = useI18n()
  return formatDateTime(run.runAt, language)
}

function RunPage({ id }) {
  const { t } = useI18n()
  const run = useLoad(() => api.get(`${ALLOCATION}/runs/${id}`), [id])
  return (
    <Loading state={run}>{r => (
      <section>
        <div className="title-row">
          <h2>{t('parts.allocation.runTitle', { warehouse: r.warehouse })}</h2>
          <a href={routeHref('partsAllocation', null, { warehouse: r.warehouse })}>{t('parts.allocation.back')}</a>
        </div>
        <dl className="facts" id="run-facts">
          <dt>{t('parts.allocation.runAt')}</dt><dd><RunTime run={r} /></dd>
          <dt>{t('parts.allocation.runBy')}</dt><dd>{r.runBy}</dd>
          <dt>{t('parts.allocation.tiers')}</dt><dd>{r.tiers.join(' › ')}</dd>
          <dt>{t('parts.lines')} / {t('parts.allocated')}</dt><dd>{r.lines} / {r.allocated}</dd>
        </dl>
        <p className="muted">{t('parts.allocation.reachNote')}</p>
        <RunResults run={r} />
      </section>
    )}</Loading>
  )
}

/** Every line's result with its reason in the console's language, the totals per tier and in all. */
export function RunResults({ run }) {
  const { t, label, language } = useI18n()
  const totals = runTotals(run.results, run.tiers)
  return (
    <>
      {Object.keys(run.stock || {}).length > 0 && (
        <p id="run-stock">{t('parts.allocation.stock')}: {Object.entries(run.stock).map(([part, quantity]) => `${part} ${quantity}`).join(' · ')}</p>
      )}
      <table className="list" id="run-totals">
        <thead><tr><th>{t('parts.tier')}</th><th className="number">{t('parts.lines')}</th><th className="number">{t('parts.asked')}</th>
          <th className="number">{t('parts.allocated')}</th><th className="number">{t('parts.allocation.shortBy')}</th></tr></thead>
        <tbody>
          {totals.byTier.map(tier => (
            <tr key={tier.tier} data-tier={tier.tier}><td>{label('tier', tier.tier)}</td><td className="number">{tier.lines}</td>
              <td className="number">{tier.asked}</td><td className="number">{tier.allocated}</td><td className="number">{tier.short}</td></tr>
          ))}
        </tbody>
        <tfoot><tr><th>{t('parts.allocation.total')}</th><th className="number">{totals.lines}</th><th className="number">{totals.asked}</th>
          <th className="number" id="total-allocated">{totals.allocated}</th><th className="number">{totals.short}</th></tr></tfoot>
      </table>
      <table className="list" id="run-results">
        <thead><tr><th>{t('claim.dealer')}</th><th>{t('parts.order')}</th><th>{t('claim.partNumber')}</th><th>{t('parts.tier')}</th>
          <th className="number">{t('parts.asked')}</th><th className="number">{t('parts.allocated')}</th><th className="number">{t('parts.share')}</th>
          <th className="number">{t('parts.rank')}</th><th>{t('parts.reason')}</th></tr></thead>
        <tbody>
          {run.results.length === 0 && <tr><td colSpan={9} className="muted">{t('parts.allocation.nothingOpen')}</td></tr>}
          {run.results.map(r => (
            <tr key={r.line} data-order={r.orderNumber} data-part={r.partNumber} data-reason={r.reasonCode}>
              <td>{r.dealer}</td>
              <td><a href={routeHref('partsOrders', r.order)}>{r.orderNumber}</a></td>
              <td>{r.partNumber}</td>
              <td>{label('tier', r.tier)}</td>
              <td className="number">{r.asked}</td><td className="number">{r.allocated}</td>
              <td className="number">{percent(r.share)}</td><td className="number">{r.rank}</td>
              <td className="reason">{reasonIn(r, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
