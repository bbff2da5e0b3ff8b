import { useState } from 'react'
import { api } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Clocks } from '../ui/Clocks.jsx'
import { closeOnEscape, Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { NEEDS } from './Needs.jsx'
import { EMPTY_NOTICE, NEED_ACTIONS, NOTICE_KINDS, noticeBody, noticeErrors, PROGRAMMES } from './sessionsModel.js'

export function NeedPage({ id }) {
  const need = useLoad(() => api.get(`${NEEDS}/${id}`), [id])
  return <Loading state={need}>{n => <Need n={n} reload={need.reload} />}</Loading>
}

function Need({ n, reload }) {
  const { t, label } = useI18n()
  const [answering, setAnswering] = useState(false)
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="need-number">{n.number}</span> · {n.subject}</h2>
        <span className="badge big" id="need-state" data-state={n.state}>{label('state', n.state)}</span>
      </div>
      <div className="actions case-actions">
        {n.allowedActions?.includes('ANSWER') &&
          <button type="button" className="primary" id="action-ANSWER" onClick={() => setAnswering(true)}>{label('caseAction', 'ANSWER')}</button>}
      </div>
      <CaseActions path={`${NEEDS}/${n.id}`} allowed={n.allowedActions} specs={NEED_ACTIONS} number={n.number} onDone={reload} />
      {answering && <AnswerDialog n={n} onClose={() => setAnswering(false)} onDone={() => { setAnswering(false); reload() }} />}
      <dl className="facts">
        <dt>{t('claim.dealer')}</dt><dd>{n.dealer}</dd>
        <dt>{t('training.people')}</dt><dd>{n.people}</dd>
        <dt>{t('training.roles')}</dt><dd>{n.roles.length ? n.roles.map(r => label('rosterRole', r)).join(', ') : '—'}</dd>
        <dt>{t('training.preferredMonth')}</dt><dd>{n.preferredMonth || '—'}</dd>
        {n.notice && <><dt>{t('training.answeredBy')}</dt><dd id="need-notice"><a href={routeHref('training')}>{n.noticeTitle}</a></dd></>}
        {n.declineReason && <><dt>{t('training.declineReason')}</dt><dd id="need-decline-reason">{n.declineReason}</dd></>}
      </dl>
      {n.description && <p className="prose">{n.description}</p>}
      <Clocks clocks={n.clocks} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={n.timeline || []} />
    </section>
  )
}

/** The training department answers a need by publishing a notice; the server's messages show next to the notice's fields. */
function AnswerDialog({ n, onClose, onDone }) {
  const { t, label } = useI18n()
  const form = useForm({ ...EMPTY_NOTICE, title: n.subject }, noticeErrors)
  const prefixed = Object.fromEntries(Object.entries(form.serverErrors).map(([k, v]) => [k.replace(/^notice\./, ''), v]))
  const view = { ...form, errors: { ...form.errors, ...Object.fromEntries(Object.entries(prefixed).map(([k, v]) => [k, { server: v }])) } }
  const answer = () => form.submit(async values => {
    await api.post(`${NEEDS}/${n.id}/answer`, { notice: noticeBody(values) })
    onDone()
  })
  return (
    <div className="dialog-backdrop" onKeyDown={closeOnEscape(onClose)}>
      <form className="dialog" role="dialog" aria-modal="true" aria-label={t('training.answerTitle')} noValidate
            onSubmit={e => { e.preventDefault(); answer() }}>
        <h3>{t('training.answerTitle')} · {n.number}</h3>
        <Select form={view} name="kind" label={t('training.kind')} options={NOTICE_KINDS} render={k => label('noticeKind', k)} />
        <Select form={view} name="programme" label={t('training.programme')} options={['', ...PROGRAMMES]} render={p => (p ? label('programme', p) : '—')} />
        <Field form={view} name="level" label={t('training.levelLabel')} type="number" min="1" max="9" />
        <Field form={view} name="title" label={t('training.noticeTitle')} required />
        <Field form={view} name="body" label={t('training.body')} type="textarea" rows={4} required />
        <ProblemBanner problem={form.failure} />
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={form.busy}>{t('training.publishButton')}</button>
        </div>
      </form>
    </div>
  )
}
