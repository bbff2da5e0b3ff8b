import { useI18n } from '../i18n/I18n.jsx'
import { saySystemNote } from '../i18n/systemNotes.js'
import { formatDateTime } from './format.js'

/** Every step of a case: when, who, what, from which state to which (when it moved), and why. */
export function Timeline({ steps }) {
  const i18n = useI18n()
  const { label, language } = i18n
  return (
    <ol className="timeline">
      {steps.map((step, i) => (
        <li key={i}>
          <time>{formatDateTime(step.at, language)}</time>
          <span className="actor">{step.actor}</span>
          <span className="action">{label('action', step.action)}</span>
          {step.toState && step.fromState !== step.toState && <span className="states">{step.fromState ? `${label('state', step.fromState)} → ` : ''}{label('state', step.toState)}</span>}
          {step.note && <p className="note">{saySystemNote(step.note, i18n)}</p>}
        </li>
      ))}
    </ol>
  )
}
