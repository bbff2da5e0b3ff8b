import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { nextClock } from '../ui/clocks.js'
import { NextDeadline } from '../ui/Clocks.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { EMPTY_NEED, NEED_STATES, needBody, needErrors } from './sessionsModel.js'
import { ROSTER_ROLES } from './trainingModel.js'
import { StateTabs } from '../ui/StateTabs.jsx'

export const NEEDS = `${PLATFORM}/training/needs`

/** The training needs within reach, newest first, by state. */
export function Needs({ me, query }) {
  const { t, label } = useI18n()
  const state = query.state || ''
  const list = useLoad(() => api.get(NEEDS, { state }), [state])
  return (
    <section>
      <h2>{t('menu.trainingNeeds')}</h2>
      {can.enrolInTraining(me) && <p><a className="button primary" id="new-need" href={routeHref('trainingNeeds', 'new')}>{t('training.newNeed')}</a></p>}
      <StateTabs page="trainingNeeds" states={NEED_STATES} current={state} />
      <Loading state={list}>{items => (
        <table className="list" id="needs">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('training.needSubject')}</th>
            <th className="number">{t('training.people')}</th><th>{t('training.preferredMonth')}</th><th>{t('clock.next')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(n => {
              const next = nextClock(n.clocks)
              return (
                <tr key={n.id} data-number={n.number}>
                  <td><a href={routeHref('trainingNeeds', n.id)}>{n.number}</a></td>
                  <td><span className="badge">{label('state', n.state)}</span></td>
                  <td>{n.dealer}</td><td>{n.subject}</td><td className="number">{n.people}</td><td>{n.preferredMonth || '—'}</td>
                  <td>{next && <NextDeadline clock={next.clock} dueAt={next.dueAt} secondsLeft={next.secondsLeft} />}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** A dealer's admin submits what its people need. */
export function NeedForm() {
  const { t, label } = useI18n()
  const form = useForm(EMPTY_NEED, needErrors)
  const toggle = role => form.set('roles', form.values.roles.includes(role) ? form.values.roles.filter(r => r !== role) : [...form.values.roles, role])
  const submit = () => form.submit(async values => {
    const created = await api.post(NEEDS, needBody(values))
    navigate('trainingNeeds', created.id)
  })
  return (
    <section>
      <h2>{t('training.newNeed')}</h2>
      <form className="form grid" id="need-form" onSubmit={e => { e.preventDefault(); submit() }} noValidate>
        <div className="wide"><Field form={form} name="subject" label={t('training.needSubject')} required /></div>
        <div className="wide"><Field form={form} name="description" label={t('training.details')} type="textarea" rows={3} /></div>
        <Field form={form} name="people" label={t('training.people')} type="number" min="1" max="500" required />
        <Field form={form} name="preferredMonth" label={t('training.preferredMonth')} type="month" />
        <fieldset className="wide" id="need-roles">
          <legend>{t('training.roles')}</legend>
          {ROSTER_ROLES.map(r => (
            <label key={r} className="check"><input type="checkbox" checked={form.values.roles.includes(r)} onChange={() => toggle(r)} /> {label('rosterRole', r)}</label>
          ))}
        </fieldset>
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="submit-need" className="primary" disabled={form.busy}>{t('training.submitNeed')}</button>
        </div>
      </form>
    </section>
  )
}
