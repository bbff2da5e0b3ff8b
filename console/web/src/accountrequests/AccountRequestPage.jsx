import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Attachments } from '../ui/Attachments.jsx'
import { Loading, ProblemBanner, ReasonDialog } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { requestActions } from './requestActions.js'

export function AccountRequestPage({ id }) {
  const request = useLoad(() => api.get(`${PLATFORM}/account-requests/${id}`), [id])
  return <Loading state={request}>{r => <Request r={r} reload={request.reload} />}</Loading>
}

function Request({ r, reload }) {
  const { t, label, language } = useI18n()
  const [dialog, setDialog] = useState(null)
  const [problem, setProblem] = useState(null)
  const [answer, setAnswer] = useState(null)
  const c = r.request, d = r.details
  const act = async (action, note) => {
    const result = await api.post(`${PLATFORM}/account-requests/${c.id}/${action}`, action === 'submit' ? undefined : { note: note || null })
    setDialog(null)
    setAnswer(result.temporaryPassword || null)
    reload()
  }
  const editable = r.allowedActions.includes('SUBMIT')
  return (
    <section className="case">
      <div className="title-row">
        <h2>{c.number} · {label('requestKind', d.kind)}</h2>
        <span className="badge big" id="request-state">{label('state', c.state)}</span>
      </div>
      <div className="actions case-actions">
        {requestActions(r.allowedActions).map(action => (
          <button key={action} type="button" id={`request-${action}`} className={action === 'reject' ? 'danger' : 'primary'}
                  onClick={async () => {
                    setProblem(null)
                    if (action === 'submit') { try { await act('submit') } catch (e) { setProblem(e) } } else setDialog(action)
                  }}>{t(`accountRequests.${action}`)}</button>
        ))}
      </div>
      <ProblemBanner problem={problem} />
      {answer && <p className="notice">{t('accountRequests.temporaryPassword', { password: answer })}</p>}
      {r.repeatRequest && <p className="notice">{t('accountRequests.repeatExplain')}</p>}
      <dl className="facts">
        <dt>{t('claim.dealer')}</dt><dd>{c.dealer}</dd>
        <dt>{t('accountRequests.system')}</dt><dd>{label('system', d.system)}</dd>
        <dt>{t('users.username')}</dt><dd>{d.username}</dd>
        {d.email && <><dt>{t('users.email')}</dt><dd>{d.email}</dd></>}
        {d.roles.length > 0 && <><dt>{t('users.roles')}</dt><dd>{d.roles.map(x => label('role', x)).join(', ')}</dd></>}
        {d.lockReason && <><dt>{t('accountRequests.lockReason')}</dt><dd>{d.lockReason}</dd></>}
        {d.improvementPlan && <><dt>{t('accountRequests.improvementPlan')}</dt><dd>{d.improvementPlan}</dd></>}
        {c.description && <><dt>{t('accountRequests.description')}</dt><dd>{c.description}</dd></>}
        <dt>{t('claim.submittedAt')}</dt><dd>{formatDateTime(r.submittedAt, language)}</dd>
        {r.batchId && <><dt>{t('accountRequests.batchId')}</dt><dd>{r.batchId}</dd></>}
        {r.copiedTo.length > 0 && <><dt>{t('accountRequests.copiedTo')}</dt><dd>{r.copiedTo.join(', ')}</dd></>}
      </dl>
      <Attachments caseId={c.id} purposes={editable ? ['PHOTO', 'GUARANTEE_LETTER', 'OTHER'] : null} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={c.timeline} />
      {dialog && (
        <ReasonDialog title={t(`accountRequests.${dialog}`) + ' · ' + c.number} required={dialog === 'return' || dialog === 'reject'}
                      confirmLabel={t(`accountRequests.${dialog}`)} onClose={() => setDialog(null)} onConfirm={note => act(dialog, note)} />
      )}
    </section>
  )
}
