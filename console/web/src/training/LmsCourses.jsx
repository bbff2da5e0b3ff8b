import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { ImportBox } from './ImportBox.jsx'

const LMS = `${PLATFORM}/training/lms`
const COMPLETIONS = ['COMPLETED', 'PASSED', 'COMPLETED_AND_PASSED']

/** The network's LMS courses; the training department defines them and imports LMS records from a file. */
export function LmsCourses({ me }) {
  const { t, label } = useI18n()
  const courses = useLoad(() => api.get(`${LMS}/courses`), [])
  const keeps = can.keepLms(me)
  return (
    <section>
      <h2>{t('lms.title')}</h2>
      <Loading state={courses}>{list => (
        <table className="list" id="lms-courses">
          <thead><tr><th>{t('lms.course')}</th><th>{t('lms.name')}</th><th>{t('lms.completion')}</th><th>{t('lms.passScore')}</th></tr></thead>
          <tbody>{list.map(c => (
            <tr key={c.code} data-course={c.code}><td>{c.code}</td><td>{c.name}</td><td>{label('completion', c.completion)}</td><td>{c.passScore ?? ''}</td></tr>
          ))}</tbody>
        </table>
      )}</Loading>
      {keeps && <CourseForm onSaved={courses.reload} />}
      {keeps && <ImportBox id="lms-import" path={`${LMS}/records/import`} templatePath={`${LMS}/records/template`} templateName="lms-records" />}
      {keeps && <p className="muted">{t('lms.batchExplain')}</p>}
    </section>
  )
}

function CourseForm({ onSaved }) {
  const { t, label } = useI18n()
  const empty = { code: '', name: '', completion: 'COMPLETED', passScore: '' }
  const form = useForm(empty, v => {
    const errors = {}
    if (!/^[A-Za-z0-9._-]{1,40}$/.test(v.code)) errors.code = 'lms.codePattern'
    if (!v.name.trim()) errors.name = 'validation.required'
    if (v.completion !== 'COMPLETED' && v.passScore === '') errors.passScore = 'validation.required'
    if (v.passScore !== '' && !(Number(v.passScore) >= 0 && Number(v.passScore) <= 100)) errors.passScore = 'lms.scoreRange'
    return errors
  })
  const save = () => form.submit(async v => {
    await api.put(`${LMS}/courses/${encodeURIComponent(v.code)}`, { name: v.name, completion: v.completion,
      passScore: v.completion === 'COMPLETED' || v.passScore === '' ? null : Number(v.passScore) })
    form.setValues(empty)
    onSaved()
  })
  return (
    <form className="form grid" id="lms-course" onSubmit={e => { e.preventDefault(); save() }} noValidate>
      <h3 className="wide">{t('lms.define')}</h3>
      <Field form={form} name="code" label={t('lms.course')} required />
      <Field form={form} name="name" label={t('lms.name')} required />
      <Select form={form} name="completion" label={t('lms.completion')} options={COMPLETIONS} render={c => label('completion', c)} required />
      {form.values.completion !== 'COMPLETED' && <Field form={form} name="passScore" label={t('lms.passScore')} type="number" required />}
      <div className="wide"><ProblemBanner problem={form.failure} />
        <button type="submit" className="primary" disabled={form.busy}>{t('lms.save')}</button></div>
    </form>
  )
}
