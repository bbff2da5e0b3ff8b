import { useState } from 'react'
import { api } from '../app/api.js'
import { can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { SESSIONS } from './Sessions.jsx'
import { attendanceBody, mayCancel, seatsText } from './sessionsModel.js'

/** A session with the seats the caller may see; a dealer's admin enrols and cancels, the training department records attendance. */
export function SessionPage({ me, id }) {
  const session = useLoad(() => api.get(`${SESSIONS}/${id}`), [id])
  return <Loading state={session}>{s => <Session me={me} s={s} reload={session.reload} />}</Loading>
}

function Session({ me, s, reload }) {
  const { t, label, language } = useI18n()
  const [problem, setProblem] = useState(null)
  const act = async call => {
    setProblem(null)
    try { await call(); reload() } catch (error) { setProblem(error) }
  }
  const enrols = can.enrolInTraining(me) && s.kind === 'TRAINING' && !s.started
  const records = can.runTraining(me) && s.kind === 'TRAINING' && s.started
  return (
    <section className="case">
      <div className="title-row">
        <h2 id="session-title">{s.title}</h2>
        <span className="badge big">{label('sessionKind', s.kind)}</span>
      </div>
      <dl className="facts">
        <dt>{t('training.startsAt')}</dt><dd>{formatDateTime(s.startsAt, language)}{s.started && <> · {t('training.started')}</>}</dd>
        <dt>{t('training.place')}</dt><dd>{s.place}</dd>
        <dt>{t('training.subject')}</dt><dd>{s.courseCode || `${label('programme', s.programme)} ${t('training.level', { level: s.level })}`}</dd>
        <dt>{t('training.seats')}</dt><dd id="session-seats">{seatsText(s)} · {t('training.freeCount', { free: s.seatsFree })}</dd>
      </dl>
      <ProblemBanner problem={problem} />
      {enrols && <Enrol id={s.id} full={s.seatsFree === 0} onEnrol={person => act(() => api.post(`${SESSIONS}/${s.id}/seats`, { person }))} />}
      <h3>{t('training.seatList')}</h3>
      {records
        ? <Attendance s={s} onSave={body => act(() => api.put(`${SESSIONS}/${s.id}/attendance`, body))} />
        : <table className="list" id="seats">
          <thead><tr><th>{t('training.person')}</th><th>{t('claim.dealer')}</th><th>{t('training.reservedAt')}</th><th>{t('training.attended')}</th><th /></tr></thead>
          <tbody>
            {s.seatList.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
            {s.seatList.map(seat => (
              <tr key={seat.person} data-person={seat.person}>
                <td>{seat.name} ({seat.staffNumber})</td><td>{seat.dealer}</td><td>{formatDateTime(seat.reservedAt, language)}</td>
                <td>{seat.attended === null || seat.attended === undefined ? '—' : t(seat.attended ? 'training.yes' : 'training.no')}</td>
                <td>{can.enrolInTraining(me) && mayCancel(s, seat) &&
                  <button type="button" className="danger" onClick={() => act(() => api.delete(`${SESSIONS}/${s.id}/seats/${seat.person}`))}>{t('training.cancelSeat')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>}
    </section>
  )
}

function Enrol({ id, full, onEnrol }) {
  const { t, label } = useI18n()
  const people = useLoad(() => api.get(`${SESSIONS}/${id}/enrolable`), [id])
  const [person, setPerson] = useState('')
  if (full) return <p className="notice" id="session-full">{t('training.full')}</p>
  return (
    <Loading state={people}>{list => (
      <div className="actions" id="enrol">
        <select aria-label={t('training.person')} id="enrol-person" value={person} onChange={e => setPerson(e.target.value)}>
          <option value="">{t('training.choosePerson')}</option>
          {list.map(p => <option key={p.person} value={p.person}>{p.name} ({p.staffNumber}) · {label('rosterRole', p.role)}</option>)}
        </select>
        <button type="button" className="primary" id="enrol-button" disabled={!person} onClick={() => { onEnrol(person); setPerson('') }}>{t('training.enrol')}</button>
      </div>
    )}</Loading>
  )
}

function Attendance({ s, onSave }) {
  const { t } = useI18n()
  const [ticks, setTicks] = useState(() => Object.fromEntries(s.seatList.map(seat => [seat.person, Boolean(seat.attended)])))
  if (s.seatList.length === 0) return <p className="muted">{t('common.nothing')}</p>
  return (
    <form id="attendance" onSubmit={e => { e.preventDefault(); onSave(attendanceBody(s.seatList, ticks)) }}>
      <table className="list">
        <thead><tr><th>{t('training.person')}</th><th>{t('claim.dealer')}</th><th>{t('training.attended')}</th></tr></thead>
        <tbody>
          {s.seatList.map(seat => (
            <tr key={seat.person} data-person={seat.person}>
              <td>{seat.name} ({seat.staffNumber})</td><td>{seat.dealer}</td>
              <td><input type="checkbox" aria-label={t('training.attended')} checked={Boolean(ticks[seat.person])}
                         onChange={e => setTicks(v => ({ ...v, [seat.person]: e.target.checked }))} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="primary" id="save-attendance">{t('training.saveAttendance')}</button>
    </form>
  )
}
