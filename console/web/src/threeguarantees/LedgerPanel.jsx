import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDate } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { badgeClass, countLines, orNothing, reasonTexts } from './ledgerModel.js'

/** The VIN's three-guarantees ledger (三包): its warning badge with the reasons, periods, counts and repairs at every dealer. */
export function LedgerPanel({ vin }) {
  const { t } = useI18n()
  const ledger = useLoad(() => (vin ? orNothing(api.get(`${PLATFORM}/three-guarantees/vehicles/${encodeURIComponent(vin)}`))
    : Promise.resolve(null)), [vin])
  return (
    <section className="tg-panel" id="three-guarantees">
      <h3>{t('threeGuarantees.title')}</h3>
      <Loading state={ledger}>{l => !l ? <p className="muted">{t('threeGuarantees.noRepairs')}</p> : <Ledger ledger={l} />}</Loading>
    </section>
  )
}

/** The badge alone, with its reasons on hover and on a click. */
export function WarningBadge({ ledger }) {
  const { t, language } = useI18n()
  const [open, setOpen] = useState(false)
  const reasons = reasonTexts(ledger, language)
  return (
    <span className="tg-badge">
      <button type="button" className={badgeClass(ledger.level)} id="three-guarantees-level" title={reasons.join('\n')}
        aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(`threeGuarantees.level.${ledger.level}`)}
      </button>
      {open && reasons.length > 0 && <ul className="tg-reasons" id="three-guarantees-reasons">{reasons.map(r => <li key={r}>{r}</li>)}</ul>}
    </span>
  )
}

function Ledger({ ledger }) {
  const { t, language } = useI18n()
  const period = (ends, inside) => ends == null ? t('threeGuarantees.unknown')
    : t('threeGuarantees.until', { date: formatDate(ends, language), inside: t(inside ? 'threeGuarantees.inside' : 'threeGuarantees.outside') })
  return (
    <>
      <WarningBadge ledger={ledger} />
      {ledger.loanerDue && <p className="problem" role="status">{t('threeGuarantees.loanerDue')}</p>}
      <dl className="facts">
        <dt>{t('threeGuarantees.period')}</dt><dd>{period(ledger.periodEnds, ledger.insidePeriod)}</dd>
        <dt>{t('threeGuarantees.repairWarranty')}</dt><dd>{period(ledger.repairWarrantyEnds, ledger.insideRepairWarranty)}</dd>
        <dt>{t('threeGuarantees.repairDays')}</dt><dd id="three-guarantees-days">{ledger.repairDays}</dd>
        <dt>{t('threeGuarantees.sameProblem')}</dt><dd>{countLines(ledger.sameProblem).join(', ') || '—'}</dd>
        <dt>{t('threeGuarantees.seriousSafety')}</dt><dd>{ledger.seriousSafetyRepairs}</dd>
        <dt>{t('threeGuarantees.majorParts')}</dt><dd>{countLines(ledger.majorPartReplacements).join(', ') || '—'}</dd>
      </dl>
      <h4>{t('threeGuarantees.repairs')}</h4>
      <table className="list" id="three-guarantees-repairs">
        <thead><tr><th>{t('claim.dealer')}</th><th>{t('threeGuarantees.source')}</th><th>{t('threeGuarantees.reference')}</th>
          <th>{t('claim.repairDate')}</th><th>{t('claim.mileage')}</th><th>{t('threeGuarantees.problems')}</th>
          <th>{t('threeGuarantees.days')}</th><th>{t('threeGuarantees.counted')}</th></tr></thead>
        <tbody>
          {ledger.repairs.map(r => (
            <tr key={`${r.dealer}:${r.source}:${r.reference}`}>
              <td>{r.dealer}</td><td>{t(`threeGuarantees.source.${r.source}`)}</td><td>{r.reference}</td>
              <td>{formatDate(r.repairDate, language)}</td><td className="number">{r.mileage.toLocaleString(language)}</td>
              <td>{r.problemCodes.join(', ')}</td><td className="number">{r.repairDays}</td>
              <td>{r.counted ? '✓' : t('threeGuarantees.notCounted')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
