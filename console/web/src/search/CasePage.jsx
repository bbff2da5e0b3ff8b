import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Attachments } from '../ui/Attachments.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { CaseNotifications } from '../notifications/Notifications.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { GENERIC_CASE_ACTIONS } from './caseActions.js'

/** Any other case (complaint, goodwill, technical assistance…): what it is, its files and its timeline. */
export function CasePage({ id }) {
  const { t, label, language } = useI18n()
  const found = useLoad(() => api.get(`${PLATFORM}/cases/${id}`), [id])
  return (
    <Loading state={found}>{c => (
      <section className="case">
        <div className="title-row">
          <h2>{c.number} · {label('type', c.type)}</h2>
          <span className="badge big">{label('state', c.state)}</span>
        </div>
        <dl className="facts">
          <dt>{t('claim.dealer')}</dt><dd>{c.dealer}</dd>
          <dt>{t('case.subject')}</dt><dd>{c.subject}</dd>
          <dt>{t('case.createdAt')}</dt><dd>{formatDateTime(c.createdAt, language)} · {c.createdBy}</dd>
        </dl>
        {c.description && <p className="prose">{c.description}</p>}
        <CaseActions path={`${PLATFORM}/cases/${c.id}`} allowed={c.allowedActions} specs={GENERIC_CASE_ACTIONS} number={c.number}
                     onDone={found.reload} />
        <Attachments caseId={c.id} />
        <h3>{t('case.timeline')}</h3>
        <Timeline steps={c.timeline} />
        <CaseNotifications caseId={c.id} />
      </section>
    )}</Loading>
  )
}
