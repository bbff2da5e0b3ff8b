import { useEffect, useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { can } from '../app/roles.js'
import { trainingPages } from './trainingPages.js'
import { EMPTY_NOTICE, NOTICE_KINDS, noticeBody, noticeErrors, PROGRAMMES } from './sessionsModel.js'

const NOTICES = `${PLATFORM}/training/notices`
const CHANGED = 'dealerhub-training-notices'

/** How many notices the caller has not opened, for the menu; refreshed when one is opened or published. */
export function useTrainingUnread(enabled) {
  const [generation, setGeneration] = useState(0)
  const unread = useLoad(() => (enabled ? api.get(`${NOTICES}/unread`) : Promise.resolve(null)), [enabled, generation])
  useEffect(() => {
    const refresh = () => setGeneration(g => g + 1)
    window.addEventListener(CHANGED, refresh)
    return () => window.removeEventListener(CHANGED, refresh)
  }, [])
  return unread.data ? unread.data.unread : 0
}

/** The training home: the training pages the caller may open, then the network's notices, newest first, unread ones marked; the training department publishes. */
export function TrainingHome({ me }) {
  const { t } = useI18n()
  const notices = useLoad(() => api.get(NOTICES), [])
  const reload = () => { notices.reload(); window.dispatchEvent(new Event(CHANGED)) }
  return (
    <section>
      <h2>{t('training.title')}</h2>
      <ul className="hub" id="training-pages">
        {trainingPages(me).map(page => (
          <li key={page}><a id={`training-${page}`} href={routeHref(page)}>{t(`menu.${page}`)}</a>
            <div className="muted">{t(`training.about.${page}`)}</div></li>
        ))}
      </ul>
      {can.runTraining(me) && <PublishNotice onPublished={reload} />}
      <h3>{t('training.notices')}</h3>
      <Loading state={notices}>{items => (
        <ul className="notices" id="notices">
          {items.length === 0 && <li className="muted">{t('common.nothing')}</li>}
          {items.map(n => <Notice key={n.id} notice={n} onRead={reload} />)}
        </ul>
      )}</Loading>
    </section>
  )
}

function Notice({ notice, onRead }) {
  const { t, label, language } = useI18n()
  const [open, setOpen] = useState(false)
  const toggle = async () => {
    setOpen(o => !o)
    if (!notice.read) {
      await api.post(`${NOTICES}/${notice.id}/read`)
      onRead()
    }
  }
  return (
    <li className={notice.read ? 'read' : 'unread'} data-notice={notice.id}>
      <button type="button" className="link" onClick={toggle}>
        {!notice.read && <span className="badge">{t('training.new')}</span>} <strong>{notice.title}</strong>
      </button>
      <span className="muted"> · {label('noticeKind', notice.kind)}
        {notice.programme && <> · {label('programme', notice.programme)}{notice.level ? ` ${t('training.level', { level: notice.level })}` : ''}</>}
        {' '}· {formatDateTime(notice.publishedAt, language)}</span>
      {open && <p className="prose">{notice.body}</p>}
    </li>
  )
}

function PublishNotice({ onPublished }) {
  const { t, label } = useI18n()
  const form = useForm(EMPTY_NOTICE, noticeErrors)
  const publish = () => form.submit(async values => {
    await api.post(NOTICES, noticeBody(values))
    form.setValues(EMPTY_NOTICE)
    onPublished()
  })
  return (
    <form className="form grid" id="publish-notice" onSubmit={e => { e.preventDefault(); publish() }} noValidate>
      <h3 className="wide">{t('training.publish')}</h3>
      <Select form={form} name="kind" label={t('training.kind')} options={NOTICE_KINDS} render={k => label('noticeKind', k)} />
      <Select form={form} name="programme" label={t('training.programme')} options={['', ...PROGRAMMES]} render={p => (p ? label('programme', p) : '—')} />
      <Field form={form} name="level" label={t('training.levelLabel')} type="number" min="1" max="9" />
      <div className="wide"><Field form={form} name="title" label={t('training.noticeTitle')} required /></div>
      <div className="wide"><Field form={form} name="body" label={t('training.body')} type="textarea" rows={4} required /></div>
      <div className="wide">
        <ProblemBanner problem={form.failure} />
        <button type="submit" id="publish" className="primary" disabled={form.busy}>{t('training.publishButton')}</button>
      </div>
    </form>
  )
}
