import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { levelBody, levelErrors, levelForm } from './programmeModel.js'

const key = l => `${l.programme}:${l.level}`

/** The network's certification programmes per level: flow, validity, renewal window, prerequisites; the training department edits them. */
export function Programmes({ me }) {
  const { t, label } = useI18n()
  const levels = useLoad(() => api.get(`${PLATFORM}/training/programmes`), [])
  const [editing, setEditing] = useState(null)
  const editable = can.runTraining(me) && me.scope === 'NETWORK'
  const prerequisites = l => [
    l.studyCourse && t('programme.study', { course: l.studyCourse }),
    l.testCourse && t('programme.test', { course: l.testCourse }),
    l.minYearsInRole && t('programme.yearsOr', { years: l.minYearsInRole, course: l.trainingCourse || '—' }),
    !l.minYearsInRole && l.trainingCourse && t('programme.training', { course: l.trainingCourse }),
    l.minCaseStudies && t('programme.caseStudies', { count: l.minCaseStudies }),
    l.prerequisiteLevel && t('programme.holds', { level: l.prerequisiteLevel })
  ].filter(Boolean).join('; ')
  return (
    <section>
      <h2>{t('menu.programmes')}</h2>
      <p className="muted">{t('programme.explain')}</p>
      <Loading state={levels}>{items => (
        <table className="list" id="programmes">
          <thead><tr><th>{t('certification.programme')}</th><th>{t('certification.level')}</th><th>{t('certification.flow')}</th>
            <th className="number">{t('programme.validity')}</th><th className="number">{t('programme.window')}</th><th>{t('certification.prerequisites')}</th>
            <th>{t('programme.required')}</th>{editable && <th />}</tr></thead>
          <tbody>
            {items.map(l => editing === key(l)
              ? <LevelForm key={key(l)} level={l} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); levels.reload() }} />
              : (
                <tr key={key(l)} data-level={key(l)}>
                  <td>{l.programmeName}</td><td>{l.name}</td><td>{label('flowShort', l.flow)}</td>
                  <td className="number">{t('programme.months.value', { months: l.validityMonths })}</td>
                  <td className="number">{t('programme.days.value', { days: l.renewalWindowDays })}</td>
                  <td>{prerequisites(l)}</td><td>{l.requiredPerDealer ? t('programme.everyDealer') : ''}</td>
                  {editable && <td><button type="button" className="edit-level" onClick={() => setEditing(key(l))}>{t('programme.edit')}</button></td>}
                </tr>
              ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

function LevelForm({ level, onCancel, onSaved }) {
  const { t } = useI18n()
  const form = useForm(levelForm(level), v => levelErrors(v, level))
  const save = () => form.submit(async values => {
    await api.put(`${PLATFORM}/training/programmes/${level.programme}/levels/${level.level}`, levelBody(values))
    onSaved()
  })
  return (
    <tr className="editing"><td colSpan={8}>
      <form className="form grid" id="level-form" noValidate onSubmit={e => { e.preventDefault(); save() }}>
        <Field form={form} name="name" label={t('certification.level')} required />
        <Field form={form} name="validityMonths" label={t('programme.validity')} type="number" required />
        <Field form={form} name="renewalWindowDays" label={t('programme.window')} type="number" required />
        <Field form={form} name="studyCourse" label={t('programme.studyCourse')} />
        <Field form={form} name="testCourse" label={t('programme.testCourse')} />
        <Field form={form} name="trainingCourse" label={t('programme.trainingCourse')} />
        <Field form={form} name="minYearsInRole" label={t('programme.minYears')} type="number" />
        <Field form={form} name="minCaseStudies" label={t('programme.minCases')} type="number" />
        <Field form={form} name="prerequisiteLevel" label={t('programme.prerequisiteLevel')} type="number" />
        <Field form={form} name="requiredPerDealer" label={t('programme.required')}>
          <input id="field-requiredPerDealer" type="checkbox" checked={form.values.requiredPerDealer} onChange={e => form.set('requiredPerDealer', e.target.checked)} />
        </Field>
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary" id="level-save" disabled={form.busy}>{t('programme.save')}</button>
        </div>
      </form>
    </td></tr>
  )
}
