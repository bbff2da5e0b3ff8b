import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatAge, formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'

export const REQUEST_STATES = ['DRAFT', 'SUBMITTED', 'CONFIRMED', 'BATCHED', 'RETURNED', 'DONE', 'REJECTED']

/** The state each role works on first: the FMC confirms submitted requests, IT batches confirmed ones. */
function defaultState(me) {
  if (can.processAccountRequests(me)) return 'CONFIRMED'
  if (can.confirmAccountRequests(me)) return 'SUBMITTED'
  return 'SUBMITTED'
}

/**
 * Account requests by state, oldest first. In the CONFIRMED state IT selects requests and batches
 * them: the back office's batch view.
 */
export function AccountRequests({ me, query }) {
  const { t, label, language } = useI18n()
  const state = query.state || defaultState(me)
  const list = useLoad(() => api.get(`${PLATFORM}/account-requests`, { state }), [state])
  const [selected, setSelected] = useState([])
  const [problem, setProblem] = useState(null)
  const mayBatch = r => r.allowedActions.includes('BATCH')
  const batch = async () => {
    setProblem(null)
    try {
      await api.post(`${PLATFORM}/account-requests/batches`, { requests: selected })
      setSelected([])
      navigate('accountRequests', null, { state: 'BATCHED' })
    } catch (error) { setProblem(error) }
  }
  const now = Date.now()
  return (
    <section>
      <div className="title-row">
        <h2>{t('accountRequests.title')}</h2>
        {can.requestAccounts(me) && <a className="button primary" id="new-account-request" href={routeHref('accountRequests', 'new')}>{t('accountRequests.new')}</a>}
      </div>
      <div className="tabs">
        {REQUEST_STATES.map(s => <button key={s} type="button" id={`state-${s}`} className={s === state ? 'active' : ''} onClick={() => navigate('accountRequests', null, { state: s })}>{label('state', s)}</button>)}
      </div>
      <ProblemBanner problem={problem} />
      <Loading state={list}>{items => (
        <>
          <table className="list" id="account-requests">
            <thead><tr>{items.some(mayBatch) && <th />}<th>{t('claim.number')}</th><th>{t('claim.dealer')}</th><th>{t('accountRequests.kind')}</th><th>{t('accountRequests.system')}</th><th>{t('users.username')}</th><th>{t('claim.submittedAt')}</th><th>{t('queue.waiting')}</th></tr></thead>
            <tbody>
              {items.length === 0 && <tr><td colSpan={8} className="muted">{t('common.nothing')}</td></tr>}
              {items.map(r => (
                <tr key={r.request.id} data-number={r.request.number}>
                  {items.some(mayBatch) && <td>{mayBatch(r) && <input type="checkbox" aria-label={r.request.number} checked={selected.includes(r.request.id)}
                                           onChange={e => setSelected(e.target.checked ? [...selected, r.request.id] : selected.filter(id => id !== r.request.id))} />}</td>}
                  <td><a href={routeHref('accountRequests', r.request.id)}>{r.request.number}</a>{r.repeatRequest && <span className="badge warn">{t('accountRequests.repeat')}</span>}</td>
                  <td>{r.request.dealer}</td><td>{label('requestKind', r.details.kind)}</td><td>{label('system', r.details.system)}</td>
                  <td>{r.details.username}</td><td>{formatDateTime(r.submittedAt, language)}</td>
                  <td>{formatAge((now - new Date(r.request.updatedAt).getTime()) / 1000, { d: t('age.d'), h: t('age.h'), m: t('age.m') })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.some(mayBatch) && <button type="button" id="batch" className="primary" disabled={selected.length === 0} onClick={batch}>{t('accountRequests.batch', { count: selected.length })}</button>}
        </>
      )}</Loading>
    </section>
  )
}
