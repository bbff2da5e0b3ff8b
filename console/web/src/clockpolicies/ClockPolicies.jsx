import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { formatSpan } from '../ui/clocks.js'
import { useSpanUnits } from '../ui/Clocks.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { asUnit, dutiesOf, toSeconds, UNITS } from './policyUnits.js'

const TIMINGS = ['WALL_CLOCK', 'WORKING_TIME', 'CLOSE_OF_BUSINESS']

/**
 * The network's SLA clock policies per case type, variant and clock: how long each runs, counted
 * how, when it warns, and which duties hear of a warning or a breach. Head office IT and CAC edit them.
 */
export function ClockPolicies({ me }) {
  const { t, label } = useI18n()
  const units = useSpanUnits()
  const policies = useLoad(() => api.get(`${PLATFORM}/clock-policies`), [])
  const [editing, setEditing] = useState(null)
  const editable = can.keepClockPolicies(me)
  const key = p => `${p.caseType}/${p.variant}/${p.clock}`
  return (
    <section>
      <h2>{t('clockPolicies.title')}</h2>
      <p className="muted">{t('clockPolicies.explain')}</p>
      <Loading state={policies}>{items => {
        const duties = dutiesOf(items)
        return (
          <table className="list" id="clock-policies">
            <thead><tr><th>{t('clockPolicies.caseType')}</th><th>{t('clockPolicies.variant')}</th><th>{t('clock.clock')}</th><th>{t('clockPolicies.duration')}</th>
              <th>{t('clockPolicies.timing')}</th><th>{t('clockPolicies.warnBefore')}</th><th>{t('clockPolicies.notifyOnWarning')}</th><th>{t('clockPolicies.notifyOnBreach')}</th>{editable && <th />}</tr></thead>
            <tbody>
              {items.length === 0 && <tr><td colSpan={9} className="muted">{t('common.nothing')}</td></tr>}
              {items.map(p => editing === key(p)
                ? <PolicyForm key={key(p)} policy={p} duties={duties} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); policies.reload() }} />
                : (
                  <tr key={key(p)} data-policy={key(p)}>
                    <td>{label('type', p.caseType)}</td><td>{label('variant', p.variant)}</td><td>{label('clockName', p.clock)}</td>
                    <td>{formatSpan(p.durationSeconds, units)}</td><td>{label('timing', p.timing)}</td>
                    <td>{p.warnBeforeSeconds ? formatSpan(p.warnBeforeSeconds, units) : '—'}</td>
                    <td>{(p.notifyOnWarning || []).map(d => label('duty', d)).join(', ')}</td>
                    <td>{(p.notifyOnBreach || []).map(d => label('duty', d)).join(', ')}</td>
                    {editable && <td><button type="button" className="edit-policy" onClick={() => setEditing(key(p))}>{t('clockPolicies.edit')}</button></td>}
                  </tr>
                ))}
            </tbody>
          </table>
        )
      }}</Loading>
    </section>
  )
}

function DurationInput({ id, value, onChange, invalid }) {
  const { label } = useI18n()
  return (
    <span className="duration">
      <input id={id} type="number" min="0" step="any" value={value.value} aria-invalid={invalid} onChange={e => onChange({ ...value, value: e.target.value })} />
      <select aria-label={id} value={value.unit} onChange={e => onChange({ ...value, unit: e.target.value })}>
        {Object.keys(UNITS).map(u => <option key={u} value={u}>{label('unit', u)}</option>)}
      </select>
    </span>
  )
}

function DutyChecks({ duties, chosen, onChange }) {
  const { label } = useI18n()
  return (
    <div className="checks">
      {duties.map(d => (
        <label key={d} className="check"><input type="checkbox" checked={chosen.includes(d)}
          onChange={e => onChange(e.target.checked ? [...chosen, d] : chosen.filter(x => x !== d))} /> {label('duty', d)}</label>
      ))}
    </div>
  )
}

function PolicyForm({ policy, duties, onCancel, onSaved }) {
  const { t, label } = useI18n()
  const [duration, setDuration] = useState(asUnit(policy.durationSeconds))
  const [warn, setWarn] = useState(asUnit(policy.warnBeforeSeconds))
  const [timing, setTiming] = useState(policy.timing)
  const [onWarning, setOnWarning] = useState(policy.notifyOnWarning || [])
  const [onBreach, setOnBreach] = useState(policy.notifyOnBreach || [])
  const [problem, setProblem] = useState(null)
  const durationSeconds = toSeconds(duration.value, duration.unit)
  const warnBeforeSeconds = toSeconds(warn.value, warn.unit)
  const local = {}
  if (!durationSeconds) local.durationSeconds = t('validation.positive')
  if (warnBeforeSeconds === null) local.warnBeforeSeconds = t('validation.atLeastZero')
  else if (durationSeconds && warnBeforeSeconds >= durationSeconds) local.warnBeforeSeconds = t('clockPolicies.warnWithin')
  const errors = { ...(problem?.fieldErrors || {}), ...local }
  const save = async () => {
    setProblem(null)
    if (Object.keys(local).length > 0) return
    try {
      await api.put(`${PLATFORM}/clock-policies/${policy.caseType}/${policy.variant}/${policy.clock}`,
        { durationSeconds, timing, warnBeforeSeconds, notifyOnWarning: onWarning, notifyOnBreach: onBreach })
      onSaved()
    } catch (e) { setProblem(e) }
  }
  const error = field => errors[field] && <div className="field-error" data-field={field}>{errors[field]}</div>
  return (
    <tr className="editing" data-policy={`${policy.caseType}/${policy.variant}/${policy.clock}`}>
      <td>{label('type', policy.caseType)}</td><td>{label('variant', policy.variant)}</td><td>{label('clockName', policy.clock)}</td>
      <td><DurationInput id="policy-duration" value={duration} onChange={setDuration} invalid={!!errors.durationSeconds} />{error('durationSeconds')}</td>
      <td><select id="policy-timing" value={timing} onChange={e => setTiming(e.target.value)}>{TIMINGS.map(x => <option key={x} value={x}>{label('timing', x)}</option>)}</select>{error('timing')}</td>
      <td><DurationInput id="policy-warn" value={warn} onChange={setWarn} invalid={!!errors.warnBeforeSeconds} />{error('warnBeforeSeconds')}</td>
      <td><DutyChecks duties={duties} chosen={onWarning} onChange={setOnWarning} />{error('notifyOnWarning')}</td>
      <td><DutyChecks duties={duties} chosen={onBreach} onChange={setOnBreach} />{error('notifyOnBreach')}</td>
      <td>
        <div className="row-actions">
          <button type="button" className="primary" id="save-policy" onClick={save}>{t('clockPolicies.save')}</button>
          <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
        </div>
        {problem && !Object.keys(problem.fieldErrors || {}).length && <ProblemBanner problem={problem} />}
      </td>
    </tr>
  )
}
