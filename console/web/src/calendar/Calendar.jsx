import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDate } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { daysAsLines, linesAsDays } from './calendarLines.js'

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

/**
 * The network's working calendar, which SLA clocks count working time with: business hours, and
 * each year's public holidays and make-up working days. Head office IT keeps it.
 */
export function Calendar({ me, query }) {
  const { t, label, language } = useI18n()
  const year = Number(query.year) || new Date().getFullYear()
  const calendar = useLoad(() => api.get(`${PLATFORM}/calendar`, { year }), [year])
  const editable = can.keepCalendar(me)
  return (
    <section>
      <h2>{t('calendar.title')}</h2>
      <Loading state={calendar}>{c => (
        <>
          {c.nextYearMissing && <div className="problem" role="alert" id="calendar-next-year-missing">{t('calendar.nextYearMissing', { year: new Date().getFullYear() + 1 })}</div>}
          <dl className="facts">
            <dt>{t('calendar.hours')}</dt><dd id="calendar-hours">{c.opens}–{c.closes} ({c.zone})</dd>
            <dt>{t('calendar.weekdays')}</dt><dd>{c.weekdays.map(d => label('weekday', d)).join(', ')}</dd>
            <dt>{t('calendar.years')}</dt><dd id="calendar-years">{c.years.join(', ')}</dd>
          </dl>
          {editable && <HoursForm calendar={c} onSaved={calendar.reload} />}
          <div className="tabs">
            <button type="button" onClick={() => navigate('calendar', null, { year: year - 1 })}>‹ {year - 1}</button>
            <button type="button" className="active">{year}</button>
            <button type="button" onClick={() => navigate('calendar', null, { year: year + 1 })}>{year + 1} ›</button>
          </div>
          <table className="list" id="calendar-days">
            <thead><tr><th>{t('calendar.day')}</th><th>{t('calendar.kind')}</th><th>{t('calendar.name')}</th></tr></thead>
            <tbody>
              {c.days.length === 0 && <tr><td colSpan={3} className="muted">{t(c.years.includes(year) ? 'common.nothing' : 'calendar.notEntered')}</td></tr>}
              {c.days.map(d => <tr key={d.day}><td>{formatDate(d.day, language)}</td><td>{label('dayKind', d.kind)}</td><td>{d.name}</td></tr>)}
            </tbody>
          </table>
          {editable && <YearForm key={year} year={year} days={c.days} onSaved={calendar.reload} />}
        </>
      )}</Loading>
    </section>
  )
}

function HoursForm({ calendar, onSaved }) {
  const { t, label } = useI18n()
  const [hours, setHours] = useState({ zone: calendar.zone, opens: calendar.opens, closes: calendar.closes, weekdays: calendar.weekdays })
  const [problem, setProblem] = useState(null)
  const toggle = day => setHours(h => ({ ...h, weekdays: h.weekdays.includes(day) ? h.weekdays.filter(d => d !== day) : [...h.weekdays, day] }))
  const save = async () => {
    setProblem(null)
    try {
      await api.put(`${PLATFORM}/calendar/hours`, hours)
      onSaved()
    } catch (e) { setProblem(e) }
  }
  return (
    <form className="form inline" id="calendar-hours-form" onSubmit={e => { e.preventDefault(); save() }}>
      <label>{t('calendar.opens')} <input type="time" value={hours.opens} onChange={e => setHours({ ...hours, opens: e.target.value })} /></label>
      <label>{t('calendar.closes')} <input type="time" value={hours.closes} onChange={e => setHours({ ...hours, closes: e.target.value })} /></label>
      {WEEKDAYS.map(d => <label key={d}><input type="checkbox" checked={hours.weekdays.includes(d)} onChange={() => toggle(d)} /> {label('weekday', d)}</label>)}
      <ProblemBanner problem={problem} />
      <button type="submit">{t('calendar.saveHours')}</button>
    </form>
  )
}

function YearForm({ year, days, onSaved }) {
  const { t } = useI18n()
  const [text, setText] = useState(daysAsLines(days))
  const [problem, setProblem] = useState(null)
  const save = async () => {
    setProblem(null)
    const parsed = linesAsDays(text)
    if (parsed.error) {
      setProblem({ message: t('calendar.badLine', { line: parsed.error }) })
      return
    }
    try {
      await api.put(`${PLATFORM}/calendar/years/${year}`, { days: parsed.days })
      onSaved()
    } catch (e) { setProblem(e) }
  }
  return (
    <form className="form" id="calendar-year-form" onSubmit={e => { e.preventDefault(); save() }}>
      <h3>{t('calendar.enterYear', { year })}</h3>
      <p className="muted">{t('calendar.lineFormat')}</p>
      <textarea id="calendar-lines" rows={12} value={text} onChange={e => setText(e.target.value)} className="mono" />
      <ProblemBanner problem={problem} />
      <button type="submit" className="primary">{t('calendar.saveYear', { year })}</button>
    </form>
  )
}
