import { useState } from 'react'
import { api } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { actionBody } from '../complaints/complaintModel.js'
import { ActionDialog } from './ActionDialog.jsx'
import { ProblemBanner } from './controls.jsx'
import { announce } from './announce.js'

const DANGER = ['REJECT', 'REPORT_FALSE_CLOSURE']

/**
 * The buttons of the steps the API allows the caller now (`allowed`), each posting to
 * `path/<endpoint>`; a step with fields asks for them first. `specs` maps each action to its form.
 */
export function CaseActions({ path, allowed, specs, number, onDone }) {
  const { t, label } = useI18n()
  const [open, setOpen] = useState(null)
  const [problem, setProblem] = useState(null)
  const actions = (allowed || []).filter(a => specs[a])
  if (actions.length === 0) return null
  const send = async (action, values) => {
    const spec = specs[action]
    const done = await api.post(`${path}/${spec.path}`, actionBody(spec, values))
    setOpen(null)
    announce(t('done.caseAction', { action: label('caseAction', action), number }))
    onDone(done)
  }
  const click = action => async () => {
    setProblem(null)
    if (specs[action].fields.length > 0) { setOpen(action); return }
    try { await send(action, {}) } catch (error) { setProblem(error) }
  }
  return (
    <div className="actions case-actions">
      {actions.map(a => (
        <button key={a} type="button" id={`action-${a}`} className={DANGER.includes(a) ? 'danger' : 'primary'} onClick={click(a)}>{label('caseAction', a)}</button>
      ))}
      <ProblemBanner problem={problem} />
      {open && <ActionDialog title={`${label('caseAction', open)} · ${number}`} spec={specs[open]} confirmLabel={label('caseAction', open)}
                             danger={DANGER.includes(open)} onClose={() => setOpen(null)} onConfirm={values => send(open, values)} />}
    </div>
  )
}
