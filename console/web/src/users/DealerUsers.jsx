import { useState } from 'react'
import { api, TENANT_ADMIN } from '../app/api.js'
import { DEALER_ROLES } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, ReasonDialog } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'

/** The dealer admin's users: create, disable, enable, reset a password; a locked user is unlocked through a request. */
export function DealerUsers({ me }) {
  const { t, label, language } = useI18n()
  const path = `${TENANT_ADMIN}/dealers/${me.dealer}/users`
  const users = useLoad(() => api.get(path), [path])
  const [resetting, setResetting] = useState(null)
  const [problem, setProblem] = useState(null)
  const toggle = async user => {
    setProblem(null)
    try {
      await api.post(`${path}/${user.id}/${user.enabled ? 'disable' : 'enable'}`)
      users.reload()
    } catch (error) { setProblem(error) }
  }
  return (
    <section>
      <h2>{t('users.title', { dealer: me.dealer })}</h2>
      <ProblemBanner problem={problem} />
      <Loading state={users}>{list => (
        <table className="list" id="users">
          <thead><tr><th>{t('users.username')}</th><th>{t('users.name')}</th><th>{t('users.roles')}</th><th>{t('users.status')}</th><th>{t('users.lastLogin')}</th><th /></tr></thead>
          <tbody>
            {list.map(u => (
              <tr key={u.id} data-user={u.username}>
                <td>{u.username}</td><td>{u.lastName}{u.firstName}</td><td>{u.roles.map(r => label('role', r)).join(', ')}</td>
                <td className="user-status">{!u.enabled ? t('users.disabled') : u.locked ? t('users.locked', { failed: u.failedLogins }) : t('users.active')}</td>
                <td>{formatDateTime(u.lastLogin, language)}</td>
                <td className="row-actions">
                  {u.locked && <a className="button" href={routeHref('accountRequests', 'new', { kind: 'UNLOCK', username: u.username })}>{t('users.requestUnlock')}</a>}
                  {u.username !== me.username && <button type="button" onClick={() => toggle(u)}>{u.enabled ? t('users.disable') : t('users.enable')}</button>}
                  <button type="button" onClick={() => setResetting(u)}>{t('users.resetPassword')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
      <NewUser path={path} onCreated={users.reload} />
      {resetting && <PasswordReset path={path} user={resetting} onClose={() => setResetting(null)} />}
    </section>
  )
}

function NewUser({ path, onCreated }) {
  const { t, label } = useI18n()
  const empty = { username: '', email: '', firstName: '', lastName: '', role: 'dealer-advisor', initialPassword: '' }
  const form = useForm(empty, {
    username: [rules.required, rules.pattern(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'users.usernamePattern')],
    email: [rules.required, rules.email], firstName: [rules.required], lastName: [rules.required],
    initialPassword: [rules.required, v => (v && v.length < 10 ? ['validation.minLength', { min: 10 }] : null)]
  })
  const create = () => form.submit(async v => {
    await api.post(path, { username: v.username, email: v.email, firstName: v.firstName, lastName: v.lastName, roles: [v.role], initialPassword: v.initialPassword, temporaryPassword: true })
    form.setValues(empty)
    onCreated()
  })
  return (
    <form className="form grid" onSubmit={e => { e.preventDefault(); create() }} noValidate>
      <h3 className="wide">{t('users.new')}</h3>
      <Field form={form} name="username" label={t('users.username')} required />
      <Field form={form} name="email" label={t('users.email')} type="email" required />
      <Field form={form} name="lastName" label={t('users.lastName')} required />
      <Field form={form} name="firstName" label={t('users.firstName')} required />
      <Field form={form} name="role" label={t('users.roles')} required>
        <select id="field-role" value={form.values.role} onChange={e => form.set('role', e.target.value)}>
          {DEALER_ROLES.map(r => <option key={r} value={r}>{label('role', r)}</option>)}
        </select>
      </Field>
      <Field form={form} name="initialPassword" label={t('users.initialPassword')} type="password" required autoComplete="new-password" />
      <div className="wide"><ProblemBanner problem={form.failure} />
        <button type="submit" className="primary" disabled={form.busy}>{t('users.create')}</button></div>
    </form>
  )
}

function PasswordReset({ path, user, onClose }) {
  const { t } = useI18n()
  const [password, setPassword] = useState('')
  return (
    <ReasonDialog title={t('users.resetTitle', { username: user.username })} confirmLabel={t('users.resetPassword')} onClose={onClose}
                  onConfirm={async () => { await api.post(`${path}/${user.id}/password`, { password, temporary: true }); onClose() }}>
      <label htmlFor="new-password">{t('users.newPassword')}</label>
      <input id="new-password" type="password" autoComplete="new-password" value={password} onChange={e => setPassword(e.target.value)} />
    </ReasonDialog>
  )
}
