import { unplacedErrors } from '../app/problem.js'
import { actionErrors, initialValues } from '../complaints/complaintModel.js'
import { useI18n } from '../i18n/I18n.jsx'
import { closeOnEscape, Field, ProblemBanner, Select } from './controls.jsx'
import { useForm } from './hooks.js'

/**
 * The form of one step of a case (`spec`: its fields, see complaintModel.js); the server's
 * messages show next to their fields. `onConfirm(values)` returns a promise.
 */
export function ActionDialog({ title, spec, confirmLabel, danger, onConfirm, onClose }) {
  const { t, label } = useI18n()
  const form = useForm(initialValues(spec), values => actionErrors(spec, values))
  const unplaced = unplacedErrors(form.serverErrors, spec.fields.map(f => f.name))
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <form className="dialog" role="dialog" aria-modal="true" aria-label={title} noValidate
            onSubmit={e => { e.preventDefault(); form.submit(onConfirm) }}>
        <h3>{title}</h3>
        {spec.hint && <p className="muted">{t(spec.hint)}</p>}
        {spec.fields.map(f => f.type === 'select'
          ? <Select key={f.name} form={form} name={f.name} label={t(f.label)} options={f.options} required={f.required} render={f.render || (o => label(f.group, o))} />
          : <Field key={f.name} form={form} name={f.name} label={t(f.label)} required={f.required}
                   type={f.type} rows={f.type === 'textarea' ? 3 : undefined} step={f.type === 'number' ? '0.01' : undefined} autoFocus={f === spec.fields[0]} />)}
        {unplaced.map(m => <div key={m} className="field-error">{m}</div>)}
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={form.busy}>{confirmLabel}</button>
        </div>
      </form>
    </div>
  )
}
