import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { EMPTY_SESSION, PROGRAMMES, seatsText, SESSION_KINDS, sessionBody, sessionErrors } from './sessionsModel.js'

export const SESSIONS = `${PLATFORM}/training/sessions`

/** Sessions ahead (soonest first) or past (latest first), by kind, with their seats taken and free. */
export function Sessions({ me, query }) {
  const { t, label, language } = useI18n()
  const when = query.when || 'UPCOMING'
  const kind = query.kind || ''
  const list = useLoad(() => api.get(SESSIONS, { when, kind }), [when, kind])
  const go = change => navigate('trainingSessions', null, { when, kind, ...change })
  return (
    <section>
      <h2>{t('menu.trainingSessions')}</h2>
      {can.runTraining(me) && <p><a className="button primary" id="new-session" href={routeHref('trainingSessions', 'new')}>{t('training.newSession')}</a></p>}
      <div className="tabs">
        {['UPCOMING', 'PAST'].map(w => <button key={w} type="button" id={`when-${w}`} className={w === when ? 'active' : ''} onClick={() => go({ when: w })}>{t(`training.when.${w}`)}</button>)}
        <select aria-label={t('training.kind')} id="session-kind" value={kind} onChange={e => go({ kind: e.target.value })}>
          <option value="">{t('training.anyKind')}</option>
          {SESSION_KINDS.map(k => <option key={k} value={k}>{label('sessionKind', k)}</option>)}
        </select>
      </div>
      <Loading state={list}>{items => (
        <table className="list" id="sessions">
          <thead><tr><th>{t('training.startsAt')}</th><th>{t('training.sessionTitle')}</th><th>{t('training.kind')}</th>
            <th>{t('training.subject')}</th><th>{t('training.place')}</th><th className="number">{t('training.seats')}</th><th className="number">{t('training.free')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(s => (
              <tr key={s.id} data-session={s.id}>
                <td>{formatDateTime(s.startsAt, language)}</td>
                <td><a href={routeHref('trainingSessions', s.id)}>{s.title}</a></td>
                <td><span className="badge">{label('sessionKind', s.kind)}</span></td>
                <td>{s.courseCode || `${label('programme', s.programme)} ${t('training.level', { level: s.level })}`}</td>
                <td>{s.place}</td>
                <td className="number">{seatsText(s)}</td>
                <td className="number">{s.seatsFree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** The training department schedules a session. */
export function SessionForm() {
  const { t, label } = useI18n()
  const form = useForm(EMPTY_SESSION, values => sessionErrors(values))
  const training = form.values.kind === 'TRAINING'
  const create = () => form.submit(async values => {
    const created = await api.post(SESSIONS, sessionBody(values))
    navigate('trainingSessions', created.id)
  })
  return (
    <section>
      <h2>{t('training.newSession')}</h2>
      <form className="form grid" id="session-form" onSubmit={e => { e.preventDefault(); create() }} noValidate>
        <Select form={form} name="kind" label={t('training.kind')} options={SESSION_KINDS} render={k => label('sessionKind', k)} />
        {training
          ? <Field form={form} name="courseCode" label={t('training.courseCode')} placeholder="SA-BASICS" required />
          : <>
            <Select form={form} name="programme" label={t('training.programme')} options={['', ...PROGRAMMES]} render={p => (p ? label('programme', p) : '—')} required />
            <Field form={form} name="level" label={t('training.levelLabel')} type="number" min="1" max="9" required />
          </>}
        <div className="wide"><Field form={form} name="title" label={t('training.sessionTitle')} required /></div>
        <Field form={form} name="startsAt" label={t('training.startsAt')} type="datetime-local" required />
        <Field form={form} name="place" label={t('training.place')} required />
        <Field form={form} name="seats" label={t('training.seats')} type="number" min="1" max="1000" required />
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="create-session" className="primary" disabled={form.busy}>{t('training.create')}</button>
        </div>
      </form>
    </section>
  )
}
