import { api, PLATFORM } from '../app/api.js'
import { DEALER_ROLES } from '../app/roles.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'

const KINDS = ['UNLOCK', 'CREATE', 'CHANGE_PERMISSIONS']
const SYSTEMS = ['PLATFORM', 'DMS', 'SERVICE_CASE', 'TECHNICAL_INFORMATION']

/** What each kind of request must say, as DOMAIN.md section 7 asks; the server checks the same. */
export function accountRequestErrors(v) {
  const errors = {}
  const required = (field, key = 'validation.required') => { if (rules.required(v[field])) errors[field] = key }
  required('username')
  if (v.kind === 'UNLOCK') {
    required('lockReason')
    required('improvementPlan')
  }
  if (v.kind === 'CREATE') {
    required('email')
    if (!errors.email && rules.email(v.email)) errors.email = 'validation.email'
  }
  if ((v.kind === 'CREATE' || v.kind === 'CHANGE_PERMISSIONS') && v.roles.length === 0) errors.roles = 'accountRequests.rolesRequired'
  return errors
}

/** The dealer admin drafts a request; files are attached and it is submitted on its own page. */
export function AccountRequestForm({ query = {} }) {
  const { t, label } = useI18n()
  const form = useForm({
    kind: KINDS.includes(query.kind) ? query.kind : 'UNLOCK', system: 'PLATFORM', username: query.username || '',
    email: '', roles: [], lockReason: '', improvementPlan: '', description: ''
  }, accountRequestErrors)
  const v = form.values
  const save = () => form.submit(async values => {
    const body = { ...values, roles: values.kind === 'UNLOCK' ? [] : values.roles, email: values.email || null, lockReason: values.lockReason || null, improvementPlan: values.improvementPlan || null, description: values.description || null }
    const saved = await api.post(`${PLATFORM}/account-requests`, body)
    navigate('accountRequests', saved.request.id)
  })
  return (
    <section>
      <h2>{t('accountRequests.new')}</h2>
      <form className="form grid" onSubmit={e => { e.preventDefault(); save() }} noValidate>
        <Select form={form} name="kind" label={t('accountRequests.kind')} options={KINDS} render={k => label('requestKind', k)} required />
        <Select form={form} name="system" label={t('accountRequests.system')} options={SYSTEMS} render={s => label('system', s)} required />
        <Field form={form} name="username" label={t('users.username')} required />
        {v.kind === 'CREATE' && <Field form={form} name="email" label={t('users.email')} type="email" required />}
        {v.kind !== 'UNLOCK' && (
          <Field form={form} name="roles" label={t('users.roles')} required>
            <div className="checks" id="field-roles">
              {DEALER_ROLES.map(r => (
                <label key={r} className="check"><input type="checkbox" checked={v.roles.includes(r)}
                  onChange={e => form.set('roles', e.target.checked ? [...v.roles, r] : v.roles.filter(x => x !== r))} /> {label('role', r)}</label>
              ))}
            </div>
          </Field>
        )}
        {v.kind === 'UNLOCK' && <Field form={form} name="lockReason" label={t('accountRequests.lockReason')} type="textarea" rows={2} required className="wide" />}
        {v.kind === 'UNLOCK' && <Field form={form} name="improvementPlan" label={t('accountRequests.improvementPlan')} type="textarea" rows={2} required className="wide" />}
        <Field form={form} name="description" label={t('accountRequests.description')} type="textarea" rows={2} />
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="save-account-request" className="primary" disabled={form.busy}>{t('accountRequests.save')}</button>
          <p className="muted">{t('accountRequests.saveExplain')}</p>
        </div>
      </form>
    </section>
  )
}
