import { useState } from 'react'
import { useI18n } from '../i18n/I18n.jsx'
import { ReasonDialog } from '../ui/controls.jsx'
import { formatMoney } from '../ui/format.js'
import { adjustedTotal } from './claimForm.js'

/** Approval with amounts changed per line: never more than claimed; the reason is required. */
export function AdjustDialog({ view, onConfirm, onClose }) {
  const { t, language } = useI18n()
  const [labor, setLabor] = useState(() => Object.fromEntries(view.lines.labor.map(l => [l.operation, String(l.amount)])))
  const [parts, setParts] = useState(() => Object.fromEntries(view.lines.parts.map(p => [p.number, String(p.amount)])))
  const changed = (amounts, lines, key) => lines.filter(l => Number(amounts[l[key]]) !== Number(l.amount))
    .map(l => ({ line: l[key], amount: Number(amounts[l[key]]) }))
  const row = (amounts, set, line, key) => (
    <div className="line" key={line[key]}>
      <label htmlFor={`adjust-${line[key]}`}>{line[key]} ({t('claim.claimedAmount')} {formatMoney(line.amount, language)})</label>
      <input id={`adjust-${line[key]}`} type="number" step="0.01" min={0} max={line.amount} value={amounts[line[key]]}
             onChange={e => set({ ...amounts, [line[key]]: e.target.value })} />
    </div>
  )
  return (
    <ReasonDialog title={t('decision.adjustTitle', { number: view.claim.number })} required confirmLabel={t('decision.approve')}
                  onClose={onClose}
                  onConfirm={note => onConfirm({ note, labor: changed(labor, view.lines.labor, 'operation'), parts: changed(parts, view.lines.parts, 'number') })}>
      {view.lines.labor.map(l => row(labor, setLabor, l, 'operation'))}
      {view.lines.parts.map(p => row(parts, setParts, p, 'number'))}
      <RunningTotal {...adjustedTotal(view.lines, labor, parts)} />
    </ReasonDialog>
  )
}

function RunningTotal({ approved, claimed }) {
  const { t, language } = useI18n()
  return (
    <p className="running-total" id="adjust-total" aria-live="polite">
      {t('claim.adjustedTotal', { approved: formatMoney(approved, language), claimed: formatMoney(claimed, language) })}
    </p>
  )
}
