import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Attachments } from '../ui/Attachments.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Clocks } from '../ui/Clocks.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDate, formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { certificationActions, openSessionsFor, sessionLabel } from './certificationModel.js'

const INVITATIONS = ['INVITE', 'INVITE_TO_EXAM']

export function CertificationPage({ id }) {
  const application = useLoad(() => api.get(`${PLATFORM}/training/certifications/${id}`), [id])
  return <Loading state={application}>{a => <Certification a={a} reload={application.reload} />}</Loading>
}

function Certification({ a, reload }) {
  const { t, label, language } = useI18n()
  const invites = a.allowedActions?.some(x => INVITATIONS.includes(x))
  const sessions = useLoad(() => (invites ? api.get(`${PLATFORM}/training/sessions`) : Promise.resolve([])), [a.id, invites])
  const open = openSessionsFor(a, sessions.data)
  const specs = certificationActions(open, id => {
    const s = open.find(x => x.id === id)
    return s ? sessionLabel(s, language, t) : '—'
  })
  const registersCases = a.flow === 'SA_SILVER' && ['REGISTERED_FOR_EXAM'].includes(a.state)
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="certification-number">{a.number}</span> · {a.subject}</h2>
        <span className="badge big" id="certification-state" data-state={a.state}>{label('state', a.state)}</span>
      </div>
      <CaseActions path={`${PLATFORM}/training/certifications/${a.id}`} allowed={a.allowedActions} specs={specs} number={a.number} onDone={reload} />
      <div className="columns">
        <dl className="facts" id="certification-facts">
          <dt>{t('claim.dealer')}</dt><dd>{a.dealer}</dd>
          <dt>{t('certification.person')}</dt><dd id="certification-person">{a.person.name} · {a.person.staffNumber}</dd>
          <dt>{t('certification.programme')}</dt><dd>{a.programmeName} · {a.levelName}{a.renewal && ` · ${t('certification.renewal')}`}</dd>
          <dt>{t('certification.flow')}</dt><dd>{label('flow', a.flow)}</dd>
          {a.examSession && <><dt>{t('certification.examSession')}</dt><dd id="certification-exam-session">{a.examSession.title} · {formatDateTime(a.examSession.startsAt, language)} · {a.examSession.place}</dd></>}
          {a.session && <><dt>{t('certification.session')}</dt><dd id="certification-session">{a.session.title} · {formatDateTime(a.session.startsAt, language)} · {a.session.place}</dd></>}
          {a.certificate && <><dt>{t('certification.certificate')}</dt>
            <dd id="certification-certificate">{a.certificate.number} · {t('certification.validThrough', { date: formatDate(a.certificate.validThrough, language) })}</dd></>}
        </dl>
        <Prerequisites a={a} />
      </div>
      <Clocks clocks={a.clocks} />
      <Attachments caseId={a.id} purposes={registersCases ? ['CASE_STUDY', 'OTHER'] : null} onChange={reload} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={a.timeline || []} />
    </section>
  )
}

/** Each prerequisite rule's verdict with its evidence: live before the check, as recorded after it. */
function Prerequisites({ a }) {
  const { t, label } = useI18n()
  if (!a.prerequisites || a.prerequisites.length === 0) return null
  return (
    <div>
      <h3>{t('certification.prerequisites')}</h3>
      <p className="muted">{t(a.prerequisitesRecorded ? 'certification.recorded' : 'certification.live')}</p>
      <table className="list" id="prerequisites">
        <thead><tr><th>{t('certification.rule')}</th><th>{t('certification.verdict')}</th><th>{t('certification.evidence')}</th></tr></thead>
        <tbody>
          {a.prerequisites.map(r => (
            <tr key={r.rule} data-rule={r.rule} data-passed={r.passed}>
              <td>{label('prerequisite', r.rule)}</td>
              <td>{r.passed ? <span className="badge ok">{t('certification.met')}</span> : <span className="badge danger">{t('certification.notMet')}</span>}
                {r.reason && <div className="muted">{r.reason}</div>}</td>
              <td>{r.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
