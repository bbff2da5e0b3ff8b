import { useState } from 'react'
import { useI18n } from '../i18n/I18n.jsx'
import { pageCount } from './paging.js'

/** A message key, a [key, params] pair, or the server's own words. */
export function useMessage() {
  const { t } = useI18n()
  return error => {
    if (!error) return null
    if (error.server) return error.server
    return Array.isArray(error) ? t(error[0], error[1]) : t(error)
  }
}

/** A labelled input with its message underneath; `name` is the API's field name. */
export function Field({ form, name, label, type = 'text', required, children, ...rest }) {
  const message = useMessage()
  const error = form.errors[name]
  const id = `field-${name.replace(/[^\w-]/g, '-')}`
  const input = children || (type === 'textarea'
    ? <textarea id={id} name={name} value={form.values[name] ?? ''} onChange={e => form.set(name, e.target.value)} aria-invalid={!!error} {...rest} />
    : <input id={id} name={name} type={type} value={form.values[name] ?? ''} onChange={e => form.set(name, e.target.value)} aria-invalid={!!error} {...rest} />)
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}{required && <span className="required">*</span>}</label>
      {input}
      {error && <div className="field-error" data-field={name}>{message(error)}</div>}
    </div>
  )
}

export function Select({ form, name, label, options, required, render = o => o, ...rest }) {
  return (
    <Field form={form} name={name} label={label} required={required}>
      <select id={`field-${name}`} name={name} value={form.values[name] ?? ''} onChange={e => form.set(name, e.target.value)} {...rest}>
        {options.map(o => <option key={o} value={o}>{render(o)}</option>)}
      </select>
    </Field>
  )
}

/** One input of a line of a form's list (a labour or part line), its value held by the caller, with its message. */
export function LineInput({ form, name, label, value, onChange, ...rest }) {
  const message = useMessage()
  const error = form.errors[name]
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      <input id={`field-${name}`} name={name} value={value} onChange={e => onChange(e.target.value)} aria-invalid={!!error} {...rest} />
      {error && <div className="field-error" data-field={name}>{message(error)}</div>}
    </div>
  )
}

/** The problem of a refused request that belongs to no single field. */
export function ProblemBanner({ problem }) {
  const { t } = useI18n()
  if (!problem) return null
  return <div className="problem" role="alert"><strong>{t('problem.title')}</strong> {problem.message}</div>
}

export function Loading({ state, children }) {
  const { t } = useI18n()
  if (state.error) return <ProblemBanner problem={state.error} />
  if (state.loading && !state.data) return <p className="muted">{t('common.loading')}</p>
  return children(state.data)
}

/** Previous / next over a server page, with the total. */
export function Pager({ page, size, total, maxResults, onPage }) {
  const { t } = useI18n()
  const pages = pageCount(total, size, maxResults)
  return (
    <div className="pager">
      <span>{t('common.total', { total })}</span>
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>‹ {t('common.previous')}</button>
      <span>{t('common.pageOf', { page: page + 1, pages })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>{t('common.next')} ›</button>
    </div>
  )
}

/** A column header that sorts the list on the server. */
export function SortHeader({ label, field, sort, onSort, className }) {
  const [current, direction] = (sort || '').split(',')
  const active = current === field
  const next = active && direction === 'asc' ? 'desc' : 'asc'
  return (
    <th className={className} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(`${field},${next}`)}>
        {label} {active ? (direction === 'asc' ? '▲' : '▼') : ''}
      </button>
    </th>
  )
}

/**
 * Asks for the reason of a decision before it is sent; the server's refusal stays in the dialog.
 * `onConfirm(note)` returns a promise.
 */
/**
 * A dialog's keyboard: Esc closes it, as its Cancel button does, and Tab keeps the focus inside it
 * (from the last control to the first, and back with Shift). Put on the dialog's backdrop.
 */
export function closeOnEscape(onClose) {
  return event => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Tab' && event.currentTarget?.querySelectorAll) {
      const target = wrapFocus([...event.currentTarget.querySelectorAll(FOCUSABLE)], event.target, event.shiftKey)
      if (target) {
        event.preventDefault()
        target.focus()
      }
    }
  }
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Where Tab goes from `active` among a dialog's controls when it would leave the dialog; null when the browser's own step stays inside. */
export function wrapFocus(controls, active, backwards) {
  if (controls.length === 0) return null
  const first = controls[0], last = controls[controls.length - 1]
  if (!controls.includes(active)) return backwards ? last : first
  if (backwards && active === first) return last
  if (!backwards && active === last) return first
  return null
}

/** Asks before a step that cannot be undone; `onConfirm` returns a promise, its refusal stays in the dialog. */
export function ConfirmDialog({ title, text, confirmLabel, danger, onConfirm, onClose }) {
  const { t } = useI18n()
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    setProblem(null)
    try {
      await onConfirm()
    } catch (error) {
      setProblem(error)
      setBusy(false)
    }
  }
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={title} aria-describedby="confirm-text" id="confirm-dialog">
        <h3>{title}</h3>
        <p id="confirm-text">{text}</p>
        <ProblemBanner problem={problem} />
        <div className="actions">
          <button type="button" id="confirm-cancel" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" id="confirm-ok" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={confirm} autoFocus>{confirmLabel}</button>
        </div>
      </div>
    </div>
  )
}

export function ReasonDialog({ title, required, confirmLabel, onConfirm, onClose, children }) {
  const { t } = useI18n()
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const missing = required && note.trim() === ''
  const confirm = async () => {
    setBusy(true)
    try {
      await onConfirm(note.trim())
    } catch (error) {
      setProblem(error)
      setBusy(false)
    }
  }
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title}>
        <h3>{title}</h3>
        {children}
        <label htmlFor="reason">{t('decision.reason')}{required && <span className="required">*</span>}</label>
        <textarea id="reason" name="reason" value={note} onChange={e => setNote(e.target.value)} rows={3} autoFocus />
        {missing && <div className="field-error">{t('decision.reasonRequired')}</div>}
        {problem && <div className="field-error">{problem.fieldErrors?.note || problem.message}</div>}
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={missing || busy} onClick={confirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  )
}
