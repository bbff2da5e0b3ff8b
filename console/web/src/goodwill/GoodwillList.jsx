import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { nextClock } from '../ui/clocks.js'
import { NextDeadline } from '../ui/Clocks.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatMoney } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { GOODWILL_STATES } from './goodwillModel.js'
import { StateTabs } from '../ui/StateTabs.jsx'

/** The goodwill claims within the caller's reach, newest first, by state. */
export function GoodwillList({ query }) {
  const { t, label, language } = useI18n()
  const state = query.state || ''
  const list = useLoad(() => api.get(`${PLATFORM}/goodwill`, { state }), [state])
  const money = value => formatMoney(value, language)
  return (
    <section>
      <h2>{t('goodwill.title')}</h2>
      <StateTabs page="goodwill" states={GOODWILL_STATES} current={state} />
      <div className="filters"><ExportButtons path={`${PLATFORM}/goodwill`} query={{ state }} name="goodwill" /></div>
      <Loading state={list}>{items => (
        <table className="list" id="goodwill">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('goodwill.complaint')}</th>
            <th className="number">{t('goodwill.cap')}</th><th className="number">{t('goodwill.requestedAmount')}</th><th className="number">{t('goodwill.oemAmount')}</th><th>{t('clock.next')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={8} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(g => {
              const next = nextClock(g.clocks)
              return (
                <tr key={g.id} data-number={g.number}>
                  <td><a href={routeHref('goodwill', g.id)}>{g.number}</a></td>
                  <td><span className="badge">{label('state', g.state)}</span></td>
                  <td>{g.dealer}</td>
                  <td><a href={routeHref('complaints', g.complaint)}>{g.complaintNumber}</a></td>
                  <td className="number">{money(g.capAmount)}</td><td className="number">{money(g.requestedAmount)}</td><td className="number">{money(g.oemAmount)}</td>
                  <td>{next && <NextDeadline clock={next.clock} dueAt={next.dueAt} secondsLeft={next.secondsLeft} />}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}
