import { useI18n } from '../i18n/I18n.jsx'
import { clockState, secondsUntil, timeLeftMessage } from './clocks.js'
import { formatDateTime } from './format.js'
import { useNow } from './hooks.js'

export function useSpanUnits() {
  const { t } = useI18n()
  return { d: t('age.d'), h: t('age.h'), m: t('age.m'), s: t('age.s') }
}

/** "2h 5m left", or "overdue by 10m" in red. */
export function TimeLeft({ seconds }) {
  const { t } = useI18n()
  const units = useSpanUnits()
  const message = timeLeftMessage(seconds, units)
  if (!message) return null
  return <span className={`time-left${seconds < 0 ? ' overdue' : ''}`}>{t(message[0], message[1])}</span>
}

/** A list row's deadline: the clock's name, and the time left to its due time, counting down. */
export function NextDeadline({ clock, dueAt, secondsLeft, overdue }) {
  const { t, label } = useI18n()
  const now = useNow(1000)
  const seconds = secondsUntil(dueAt, secondsLeft, now)
  const shown = overdue && seconds !== null && seconds >= 0 ? -1 : seconds
  if (!clock && shown === null && !overdue) return <span className="muted">—</span>
  return (
    <span className="deadline">
      {clock && <span className="clock-name">{label('clockName', clock)} </span>}
      {shown === null && overdue ? <span className="time-left overdue">{t('clock.overdue')}</span> : <TimeLeft seconds={shown} />}
    </span>
  )
}

/** Each of a case's clocks: its status, due time, time left (or overdue), the wait it is paused in. */
export function Clocks({ clocks }) {
  const { t, label, language } = useI18n()
  const now = useNow(1000)
  if (!clocks || clocks.length === 0) return null
  return (
    <>
      <h3>{t('clock.title')}</h3>
      <table className="list clocks" id="clocks">
        <thead><tr><th>{t('clock.clock')}</th><th>{t('clock.status')}</th><th>{t('clock.dueAt')}</th><th>{t('clock.timeLeft')}</th></tr></thead>
        <tbody>
          {clocks.map(c => {
            const state = clockState(c, now)
            return (
              <tr key={c.clock} data-clock={c.clock} className={`clock-${state.tone}`}>
                <td>{label('clockName', c.clock)}</td>
                <td><span className={`badge clock-status ${state.tone}`} data-status={c.status}>{label('clockStatus', c.status)}</span>
                  {c.breached && c.status !== 'BREACHED' && <span className="badge danger">{t('clock.breached')}</span>}</td>
                <td>{formatDateTime(c.dueAt, language)}</td>
                <td>
                  {state.tone === 'paused'
                    ? <span className="paused">{t('clock.pausedIn', { wait: label('state', c.waitState || '') })}{c.pauseReason && <> · {c.pauseReason}</>}</span>
                    : state.tone === 'met' ? <span className="muted">{t('clock.metAt')}</span> : <TimeLeft seconds={state.seconds} />}
                  {c.wallClockFallbackYear && <div className="notice small" data-fallback={c.wallClockFallbackYear}>{t('clock.wallClockFallback', { year: c.wallClockFallbackYear })}</div>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
