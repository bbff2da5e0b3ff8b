import { useState } from 'react'
import { api, PLATFORM, TENANT_ADMIN } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { closeOnEscape, Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { todayIn } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { ImportBox } from './ImportBox.jsx'
import { ROSTER_ROLES, rosterChecks, yearsInRole } from './trainingModel.js'

const ROSTER = `${PLATFORM}/training/roster`

/** A dealer's staff roster: its admin keeps it (add, edit, end, import); its users and OEM staff (with a dealer picker) read it. */
export function Roster({ me, query }) {
  const { t } = useI18n()
  const dealer = me.dealer || query.dealer || ''
  const keeps = can.keepRoster(me)
  const roster = useLoad(() => (dealer ? api.get(ROSTER, { dealer: me.dealer ? undefined : dealer }) : Promise.resolve(null)), [dealer])
  const [editing, setEditing] = useState(null)
  const [ending, setEnding] = useState(null)
  const today = todayIn()
  return (
    <section>
      <h2>{t('roster.title', { dealer })}</h2>
      {!me.dealer && <DealerPicker dealer={dealer} />}
      {dealer && (
        <Loading state={roster}>{entries => (
          <table className="list" id="roster">
            <thead><tr>
              <th>{t('roster.staffNumber')}</th><th>{t('roster.name')}</th><th>{t('roster.role')}</th><th>{t('roster.hiredOn')}</th>
              <th>{t('roster.inRoleSince')}</th><th>{t('roster.yearsInRole')}</th><th>{t('roster.leftOn')}</th><th>{t('roster.username')}</th>{keeps && <th />}
            </tr></thead>
            <tbody>
              {(entries || []).length === 0 && <tr><td colSpan={9} className="muted">{t('common.nothing')}</td></tr>}
              {(entries || []).map(e => (
                <tr key={e.id} data-staff={e.staffNumber} className={e.current ? '' : 'muted'}>
                  <td>{e.staffNumber}</td>
                  <td><a href={routeHref('people', e.person)}>{e.name}</a></td>
                  <td><RoleLabel role={e.role} /></td><td>{e.hiredOn}</td><td>{e.inRoleSince}</td><td>{yearsInRole(e, today)}</td>
                  <td>{e.leftOn || ''}</td><td>{e.username || ''}</td>
                  {keeps && <td className="row-actions">
                    <button type="button" onClick={() => setEditing(e)}>{t('roster.edit')}</button>
                    {!e.leftOn && <button type="button" onClick={() => setEnding(e)}>{t('roster.end')}</button>}
                  </td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}</Loading>
      )}
      {keeps && <AddEntry onAdded={roster.reload} />}
      {keeps && <ImportBox id="roster-import" path={`${ROSTER}/import`} templatePath={`${ROSTER}/template`} templateName="roster" onImported={roster.reload} />}
      {editing && <EditEntry entry={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); roster.reload() }} />}
      {ending && <EndEntry entry={ending} onClose={() => setEnding(null)} onEnded={roster.reload} />}
    </section>
  )
}

export function RoleLabel({ role }) {
  const { label } = useI18n()
  return label('rosterRole', role)
}

function DealerPicker({ dealer }) {
  const { t } = useI18n()
  const dealers = useLoad(() => api.get(`${TENANT_ADMIN}/dealers`), [])
  return (
    <p>
      <select aria-label={t('roster.dealer')} id="roster-dealer" value={dealer}
              onChange={e => { window.location.hash = routeHref('roster', null, { dealer: e.target.value }) }}>
        <option value="">{t('roster.chooseDealer')}</option>
        {(dealers.data || []).map(d => <option key={d.code} value={d.code}>{d.code} {d.name}</option>)}
      </select>
    </p>
  )
}

function AddEntry({ onAdded }) {
  const { t, label } = useI18n()
  const empty = { staffNumber: '', name: '', role: 'TECHNICIAN', hiredOn: '', inRoleSince: '', mobile: '', username: '' }
  const form = useForm(empty, rosterChecks)
  const add = () => form.submit(async v => {
    await api.post(ROSTER, { ...v, inRoleSince: v.inRoleSince || null, mobile: v.mobile || null, username: v.username || null })
    form.setValues(empty)
    onAdded()
  })
  return (
    <form className="form grid" id="roster-add" onSubmit={e => { e.preventDefault(); add() }} noValidate>
      <h3 className="wide">{t('roster.add')}</h3>
      <Field form={form} name="staffNumber" label={t('roster.staffNumber')} required />
      <Field form={form} name="name" label={t('roster.name')} required />
      <Select form={form} name="role" label={t('roster.role')} options={ROSTER_ROLES} render={r => label('rosterRole', r)} required />
      <Field form={form} name="hiredOn" label={t('roster.hiredOn')} type="date" required />
      <Field form={form} name="inRoleSince" label={t('roster.inRoleSince')} type="date" />
      <Field form={form} name="mobile" label={t('roster.mobile')} />
      <Field form={form} name="username" label={t('roster.username')} />
      <div className="wide"><p className="muted">{t('roster.addExplain')}</p><ProblemBanner problem={form.failure} />
        <button type="submit" className="primary" disabled={form.busy}>{t('roster.addButton')}</button></div>
    </form>
  )
}

function EditEntry({ entry, onClose, onSaved }) {
  const { t } = useI18n()
  const form = useForm({ name: entry.name, mobile: entry.mobile || '', username: entry.username || '', hiredOn: entry.hiredOn,
    inRoleSince: entry.inRoleSince, leftOn: entry.leftOn || '' }, v => rosterChecks({ ...v, staffNumber: entry.staffNumber }))
  const save = () => form.submit(async v => {
    await api.put(`${ROSTER}/${entry.id}`, { ...v, mobile: v.mobile || null, username: v.username || null, leftOn: v.leftOn || null })
    onSaved()
  })
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <form className="dialog" role="dialog" aria-modal="true" id="roster-edit" onSubmit={e => { e.preventDefault(); save() }} noValidate>
        <h3>{t('roster.editTitle', { name: entry.name, staffNumber: entry.staffNumber })}</h3>
        <Field form={form} name="name" label={t('roster.name')} required />
        <Field form={form} name="mobile" label={t('roster.mobile')} />
        <Field form={form} name="username" label={t('roster.username')} />
        <Field form={form} name="hiredOn" label={t('roster.hiredOn')} type="date" required />
        <Field form={form} name="inRoleSince" label={t('roster.inRoleSince')} type="date" />
        <Field form={form} name="leftOn" label={t('roster.leftOn')} type="date" />
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={form.busy}>{t('roster.save')}</button>
        </div>
      </form>
    </div>
  )
}

function EndEntry({ entry, onClose, onEnded }) {
  const { t } = useI18n()
  const form = useForm({ leftOn: todayIn() }, { leftOn: [v => (!v ? 'validation.required' : null)] })
  const end = () => form.submit(async v => {
    await api.post(`${ROSTER}/${entry.id}/end`, v)
    onClose()
    onEnded()
  })
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <form className="dialog" role="dialog" aria-modal="true" id="roster-end" onSubmit={e => { e.preventDefault(); end() }} noValidate>
        <h3>{t('roster.endTitle', { name: entry.name })}</h3>
        <Field form={form} name="leftOn" label={t('roster.lastDay')} type="date" required />
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={form.busy}>{t('roster.end')}</button>
        </div>
      </form>
    </div>
  )
}
