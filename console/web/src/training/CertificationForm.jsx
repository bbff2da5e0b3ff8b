import { api, PLATFORM } from '../app/api.js'
import { unplacedErrors } from '../app/problem.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { currentPeople } from './rosterPeople.js'
import { applicationBody, applicationErrors, levelKey, levelsFor } from './certificationModel.js'

const PLACED = ['person', 'level', 'programme', 'renewal', 'note']

/** The dealer admin applies for a technician certification or registers a service advisor for bronze or silver. */
export function CertificationForm({ query }) {
  const { t, label } = useI18n()
  const roster = useLoad(() => api.get(`${PLATFORM}/training/roster`), [])
  const programmes = useLoad(() => api.get(`${PLATFORM}/training/programmes`), [])
  const form = useForm({ person: query.person || '', level: '', renewal: false, note: '' }, applicationErrors)
  const people = currentPeople(roster.data || [])
  const person = people.find(p => p.id === form.values.person)
  const levels = levelsFor(programmes.data, person?.roles)
  const apply = () => form.submit(async values => {
    const applied = await api.post(`${PLATFORM}/training/certifications`, applicationBody(values))
    navigate('certifications', applied.id)
  })
  const unplaced = unplacedErrors(form.serverErrors, PLACED)
  return (
    <section>
      <h2>{t('certification.new')}</h2>
      <p className="muted">{t('certification.newHint')}</p>
      <form className="form grid" id="certification-form" onSubmit={e => { e.preventDefault(); apply() }} noValidate>
        <Select form={form} name="person" label={t('certification.person')} required options={['', ...people.map(p => p.id)]}
                render={id => { const p = people.find(x => x.id === id); return p ? `${p.name} · ${p.staffNumber} · ${p.roles.map(r => label('rosterRole', r)).join(', ')}` : '—' }} />
        <Select form={form} name="level" label={t('certification.level')} required options={['', ...levels.map(levelKey)]}
                render={key => { const l = levels.find(x => levelKey(x) === key); return l ? `${l.programmeName} · ${l.name}` : '—' }} />
        <Field form={form} name="renewal" label={t('certification.renewal')}>
          <input id="field-renewal" type="checkbox" checked={Boolean(form.values.renewal)} onChange={e => form.set('renewal', e.target.checked)} />
        </Field>
        <Field form={form} name="note" label={t('certification.note')} type="textarea" rows={3} />
        {unplaced.map(m => <div key={m} className="field-error">{m}</div>)}
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="submit" className="primary" id="certification-apply" disabled={form.busy}>{t('certification.apply')}</button>
        </div>
      </form>
    </section>
  )
}
