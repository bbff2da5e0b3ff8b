import { useEffect, useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'

/** The caller's own notifications, newest first; opening one marks it read. */
export function Inbox() {
  const { t, language } = useI18n()
  const inbox = useLoad(() => api.get(`${PLATFORM}/notifications/inbox`), [])
  const markRead = async item => {
    if (!item.readAt) {
      await api.post(`${PLATFORM}/notifications/inbox/${item.id}/read`)
      inbox.reload()
      window.dispatchEvent(new Event('dealerhub-inbox'))
    }
  }
  return (
    <section>
      <h2>{t('inbox.title')}</h2>
      <Loading state={inbox}>{box => (
        <>
          <p className="muted" id="inbox-unread">{t('inbox.unread', { count: box.unread })}</p>
          <table className="list" id="inbox">
            <thead><tr><th>{t('inbox.at')}</th><th>{t('inbox.case')}</th><th>{t('inbox.message')}</th><th>{t('inbox.read')}</th></tr></thead>
            <tbody>
              {box.items.length === 0 && <tr><td colSpan={4} className="muted">{t('common.nothing')}</td></tr>}
              {box.items.map(item => (
                <tr key={item.id} className={item.readAt ? '' : 'unread'}>
                  <td>{formatDateTime(item.at, language)}</td>
                  <td>{item.caseId ? <a href={routeHref('cases', item.caseId)} onClick={() => markRead(item)}>{item.caseNumber}</a> : '—'}</td>
                  <td>{item.readAt ? item.title : <strong>{item.title}</strong>}<div className="muted">{item.body}</div></td>
                  <td>{item.readAt ? formatDateTime(item.readAt, language)
                    : <button type="button" onClick={() => markRead(item)}>{t('inbox.markRead')}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}</Loading>
    </section>
  )
}

/** The number of unread inbox entries, for the navigation; refreshed every minute and when one is read. */
export function useUnread(enabled) {
  const [generation, setGeneration] = useState(0)
  const inbox = useLoad(() => (enabled ? api.get(`${PLATFORM}/notifications/inbox`) : Promise.resolve(null)), [enabled, generation])
  useRefresh(() => setGeneration(g => g + 1))
  return inbox.data ? inbox.data.unread : 0
}

function useRefresh(refresh) {
  useEffect(() => {
    window.addEventListener('dealerhub-inbox', refresh)
    const timer = setInterval(refresh, 60_000)
    return () => { window.removeEventListener('dealerhub-inbox', refresh); clearInterval(timer) }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}

/** What the local SMS gateway took: the stand-in for a real gateway, for head office. */
export function SmsGateway({ query }) {
  const { t, language } = useI18n()
  const caseId = query.case || ''
  const messages = useLoad(() => api.get(`${PLATFORM}/notifications/sms`, { case: caseId }), [caseId])
  return (
    <section>
      <h2>{t('sms.title')}</h2>
      <p className="muted">{t('sms.explain')}</p>
      <Loading state={messages}>{list => (
        <table className="list" id="sms-messages">
          <thead><tr><th>{t('sms.sentAt')}</th><th>{t('inbox.case')}</th><th>{t('claim.dealer')}</th><th>{t('sms.phone')}</th><th>{t('sms.text')}</th></tr></thead>
          <tbody>
            {list.length === 0 && <tr><td colSpan={5} className="muted">{t('common.nothing')}</td></tr>}
            {list.map(m => (
              <tr key={m.id}><td>{formatDateTime(m.sentAt, language)}</td><td>{m.caseId ? <a href={routeHref('cases', m.caseId)}>{m.caseNumber}</a> : '—'}</td>
                <td>{m.dealer}</td><td className="mono">{m.phone}</td><td>{m.text}</td></tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** Every notification of a case with its delivery status. */
export function CaseNotifications({ caseId }) {
  const { t, label, language } = useI18n()
  const found = useLoad(() => api.get(`${PLATFORM}/cases/${caseId}/notifications`), [caseId])
  return (
    <>
      <h3>{t('notifications.title')}</h3>
      <Loading state={found}>{list => list.length === 0 ? <p className="muted">{t('notifications.none')}</p> : (
        <table className="list" id="case-notifications">
          <thead><tr><th>{t('notifications.template')}</th><th>{t('notifications.channel')}</th><th>{t('notifications.recipient')}</th>
            <th>{t('notifications.status')}</th><th>{t('notifications.attempts')}</th><th>{t('notifications.sentAt')}</th></tr></thead>
          <tbody>
            {list.map(n => (
              <tr key={n.id}><td>{label('template', n.template)}</td><td>{label('channel', n.channel)}</td>
                <td>{n.recipient} <span className="muted">{n.address}</span></td>
                <td><span className="badge">{label('delivery', n.status)}</span>{n.lastError && <div className="muted">{n.lastError}</div>}</td>
                <td className="number">{n.attempts}</td><td>{n.sentAt ? formatDateTime(n.sentAt, language) : ''}</td></tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </>
  )
}

const DUTIES = ['STATION_MANAGER', 'DEALER_GM', 'REGIONAL_SERVICE_MANAGER', 'REGIONAL_VP', 'TAC', 'CAC']
const FIELDS = ['dealer', 'region', 'name', 'username', 'email', 'mobile']

/** Who holds which duty for the network's dealers and regions: head office keeps the list. */
export function Contacts() {
  const { t, label } = useI18n()
  const loaded = useLoad(() => api.get(`${PLATFORM}/notifications/contacts`), [])
  const [rows, setRows] = useState(null)
  const [problem, setProblem] = useState(null)
  const [saved, setSaved] = useState(false)
  const current = rows || loaded.data || []
  const change = (i, field, value) => { setSaved(false); setRows(current.map((r, j) => (j === i ? { ...r, [field]: value } : r))) }
  const save = async () => {
    setProblem(null)
    try {
      setRows(await api.put(`${PLATFORM}/notifications/contacts`, { contacts: current }))
      setSaved(true)
    } catch (e) { setProblem(e) }
  }
  const invalid = (i, field) => problem?.errors?.some(e => e.field === `contacts[${i}].${field}`)
  return (
    <section>
      <h2>{t('contacts.title')}</h2>
      <p className="muted">{t('contacts.explain')}</p>
      <ProblemBanner problem={problem} />
      <Loading state={loaded}>{() => (
        <table className="list" id="contacts">
          <thead><tr><th>{t('contacts.duty')}</th>{FIELDS.map(f => <th key={f}>{t(`contacts.${f}`)}</th>)}<th>{t('contacts.locale')}</th><th /></tr></thead>
          <tbody>
            {current.map((c, i) => (
              <tr key={i}>
                <td><select value={c.duty || ''} aria-label={t('contacts.duty')} onChange={e => change(i, 'duty', e.target.value)}>
                  {DUTIES.map(d => <option key={d} value={d}>{label('duty', d)}</option>)}</select></td>
                {FIELDS.map(f => <td key={f}><input value={c[f] || ''} aria-label={t(`contacts.${f}`)} aria-invalid={invalid(i, f) || undefined}
                  className={invalid(i, f) ? 'invalid' : ''} onChange={e => change(i, f, e.target.value)} /></td>)}
                <td><select value={c.locale || 'zh-CN'} aria-label={t('contacts.locale')} onChange={e => change(i, 'locale', e.target.value)}>
                  <option value="zh-CN">{t('language.zh-CN')}</option><option value="en">{t('language.en')}</option></select></td>
                <td><button type="button" onClick={() => { setSaved(false); setRows(current.filter((_, j) => j !== i)) }}>{t('common.remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
      <div className="actions">
        <button type="button" onClick={() => setRows([...current, { duty: 'STATION_MANAGER', locale: 'zh-CN' }])}>{t('contacts.add')}</button>
        <button type="button" className="primary" id="contacts-save" onClick={save}>{t('contacts.save')}</button>
        {saved && <span className="muted">{t('contacts.saved')}</span>}
      </div>
    </section>
  )
}
