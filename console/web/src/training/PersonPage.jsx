import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading } from '../ui/controls.jsx'
import { todayIn } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { RoleLabel } from './Roster.jsx'
import { yearsInRole } from './trainingModel.js'

/** A person as the caller may see them: roster entries within reach, LMS courses done or not with their records, certificates. */
export function PersonPage({ id }) {
  const { t, label } = useI18n()
  const person = useLoad(() => api.get(`${PLATFORM}/training/people/${id}`), [id])
  const today = todayIn()
  return (
    <Loading state={person}>{p => (
      <section id="person">
        <h2>{p.name} · {p.staffNumber}</h2>
        <p className="muted">{[p.mobile, p.username].filter(Boolean).join(' · ')}</p>
        <h3>{t('person.entries')}</h3>
        <table className="list" id="person-entries">
          <thead><tr><th>{t('roster.dealer')}</th><th>{t('roster.role')}</th><th>{t('roster.hiredOn')}</th><th>{t('roster.inRoleSince')}</th>
            <th>{t('roster.yearsInRole')}</th><th>{t('roster.leftOn')}</th></tr></thead>
          <tbody>{p.entries.map(e => (
            <tr key={e.id} className={e.current ? '' : 'muted'}><td>{e.dealer}</td><td><RoleLabel role={e.role} /></td><td>{e.hiredOn}</td>
              <td>{e.inRoleSince}</td><td>{yearsInRole(e, today)}</td><td>{e.leftOn || ''}</td></tr>
          ))}</tbody>
        </table>
        <h3>{t('person.courses')}</h3>
        <table className="list" id="person-courses">
          <thead><tr><th>{t('lms.course')}</th><th>{t('lms.completion')}</th><th>{t('person.status')}</th></tr></thead>
          <tbody>{p.courses.map(c => (
            <tr key={c.course} data-course={c.course} className={c.done ? 'done' : ''}>
              <td>{c.course} {c.name}</td><td>{label('completion', c.completion)}{c.passScore != null ? ` ≥ ${c.passScore}` : ''}</td>
              <td>{c.done ? t('person.doneOn', { day: c.doneOn }) : t('person.notDone')}</td>
            </tr>
          ))}</tbody>
        </table>
        <h3>{t('person.records')}</h3>
        {p.lmsRecords.length === 0 ? <p className="muted">{t('common.nothing')}</p> : (
          <table className="list" id="person-records">
            <thead><tr><th>{t('lms.recordId')}</th><th>{t('lms.course')}</th><th>{t('lms.completedOn')}</th><th>{t('lms.score')}</th><th>{t('lms.testedOn')}</th></tr></thead>
            <tbody>{p.lmsRecords.map(r => (
              <tr key={r.recordId}><td>{r.recordId}</td><td>{r.course}</td><td>{r.completedOn || ''}</td><td>{r.score ?? ''}</td><td>{r.testedOn || ''}</td></tr>
            ))}</tbody>
          </table>
        )}
        <h3>{t('person.certificates')}</h3>
        {p.certificates.length === 0 ? <p className="muted">{t('common.nothing')}</p> : (
          <table className="list" id="person-certificates">
            <thead><tr><th>{t('person.certificate')}</th><th>{t('person.programme')}</th><th>{t('person.issuedOn')}</th><th>{t('person.validThrough')}</th><th>{t('person.status')}</th></tr></thead>
            <tbody>{p.certificates.map(c => (
              <tr key={c.id}><td>{c.number}</td><td>{c.programme} L{c.level}</td><td>{c.issuedOn}</td><td>{c.validThrough}</td>
                <td>{c.valid ? t('person.valid') : t('person.notValid')}</td></tr>
            ))}</tbody>
          </table>
        )}
      </section>
    )}</Loading>
  )
}
