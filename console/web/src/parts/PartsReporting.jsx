import { useState } from 'react'
import { api } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { PARTS_API, percent } from './partsCampaignModel.js'

/** Parts fill rate and allocation shortfall of the order lines placed in a period, per region and dealer, against targets. */
export function PartsReporting() {
  const { t } = useI18n()
  const [period, setPeriod] = useState({ from: '', to: '', region: '' })
  const report = useLoad(() => api.get(`${PARTS_API}/reporting/fill-rate`, period), [period.from, period.to, period.region])
  const change = field => e => setPeriod(p => ({ ...p, [field]: e.target.value }))
  return (
    <section>
      <h2>{t('menu.partsReporting')}</h2>
      <p className="muted">{t('parts.report.hint')}</p>
      <div className="filters">
        <label>{t('parts.report.from')} <input type="date" id="report-from" value={period.from} onChange={change('from')} /></label>
        <label>{t('parts.report.to')} <input type="date" id="report-to" value={period.to} onChange={change('to')} /></label>
        <label>{t('parts.report.region')} <input id="report-region" value={period.region} onChange={change('region')} /></label>
      </div>
      <Loading state={report}>{r => (
        <>
          <p id="report-total">{t('parts.report.total', { from: r.from, to: r.to, rate: percent(r.total.percent), shortfall: r.total.shortfall })}</p>
          <table className="list" id="report-regions">
            <thead><tr><th>{t('parts.report.region')}</th><th className="number">{t('parts.report.asked')}</th><th className="number">{t('parts.allocated')}</th>
              <th className="number">{t('parts.report.shortfall')}</th><th className="number">{t('parts.report.fillRate')}</th><th className="number">{t('parts.report.meeting')}</th></tr></thead>
            <tbody>{r.regions.map(g => (
              <tr key={g.region}><td>{g.region}</td><td className="number">{g.fillRate.asked}</td><td className="number">{g.fillRate.allocated}</td>
                <td className="number">{g.fillRate.shortfall}</td><td className="number">{percent(g.fillRate.percent)}</td>
                <td className="number">{g.dealersMeetingTarget} / {g.dealersMeasured}</td></tr>
            ))}</tbody>
          </table>
          <table className="list" id="report-dealers">
            <thead><tr><th>{t('claim.dealer')}</th><th className="number">{t('parts.report.lines')}</th><th className="number">{t('parts.report.asked')}</th>
              <th className="number">{t('parts.allocated')}</th><th className="number">{t('parts.report.shortfall')}</th><th className="number">{t('parts.report.fillRate')}</th>
              <th className="number">{t('parts.target.fillRate')}</th></tr></thead>
            <tbody>{r.dealers.map(d => (
              <tr key={d.dealer} data-dealer={d.dealer} className={d.meetsTarget === false ? 'overdue' : ''}>
                <td>{d.dealerName}<div className="muted">{d.dealer}</div></td><td className="number">{d.fillRate.lines}</td>
                <td className="number">{d.fillRate.asked}</td><td className="number">{d.fillRate.allocated}</td><td className="number">{d.fillRate.shortfall}</td>
                <td className="number">{percent(d.fillRate.percent)}</td>
                <td className="number">{percent(d.targetPercent)} {d.meetsTarget === true ? '✓' : d.meetsTarget === false ? '✗' : ''}</td>
              </tr>
            ))}</tbody>
          </table>
        </>
      )}</Loading>
    </section>
  )
}
