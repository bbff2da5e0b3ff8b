import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Attachments } from '../ui/Attachments.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Clocks } from '../ui/Clocks.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDateTime } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { COMPLAINT_ACTIONS } from './complaintModel.js'

export function ComplaintPage({ me, id }) {
  const complaint = useLoad(() => api.get(`${PLATFORM}/complaints/${id}`), [id])
  return <Loading state={complaint}>{c => <Complaint me={me} c={c} reload={complaint.reload} />}</Loading>
}

function Complaint({ me, c, reload }) {
  const { t, label, language } = useI18n()
  const when = value => formatDateTime(value, language)
  const offerGoodwill = can.offerGoodwill(me) && c.state !== 'RECORDED'
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="complaint-number">{c.number}</span> · {c.subject}</h2>
        <span className="badge big" id="complaint-state" data-state={c.state}>{label('state', c.state)}</span>
      </div>
      <div className="badges">
        {c.emergency && <span className="badge danger">{t('complaints.emergency')}</span>}
        {c.media && <span className="badge warn">{t('complaints.media')}</span>}
        {c.repeatEscalated && <span className="badge danger">{t('complaints.repeatEscalated')}</span>}
        {c.falseClosures > 0 && <span className="badge danger">{t('complaints.falseClosures', { count: c.falseClosures })}</span>}
      </div>
      <CaseActions path={`${PLATFORM}/complaints/${c.id}`} allowed={c.allowedActions} specs={COMPLAINT_ACTIONS} number={c.number} onDone={reload} />
      {offerGoodwill && <div className="actions"><a className="button" id="offer-goodwill" href={routeHref('goodwill', 'new', { complaint: c.id })}>{t('goodwill.offer')}</a></div>}
      <div className="columns">
        <dl className="facts" id="complaint-facts">
          <dt>{t('claim.dealer')}</dt><dd>{c.dealer}</dd>
          <dt>{t('complaints.source')}</dt><dd>{label('source', c.source)}</dd>
          <dt>{t('complaints.category')}</dt><dd>{label('complaintCategory', c.category)}</dd>
          <dt>{t('complaints.faultCategory')}</dt><dd>{label('fault', c.faultCategory)}</dd>
          <dt>{t('complaints.customerName')}</dt><dd>{c.customerName}</dd>
          <dt>{t('complaints.customerPhone')}</dt><dd>{c.customerPhone}</dd>
          <dt>VIN</dt><dd className="mono"><a href={routeHref('vehicles', null, { vin: c.vin })}>{c.vin}</a></dd>
          <dt>{t('claim.model')}</dt><dd>{c.model}</dd>
          <dt>{t('complaints.recordedAt')}</dt><dd>{when(c.recordedAt)}</dd>
          {c.dispatchedAt && <><dt>{t('complaints.dispatchedAt')}</dt><dd>{when(c.dispatchedAt)}</dd></>}
          {c.contactedAt && <><dt>{t('complaints.contactedAt')}</dt><dd>{when(c.contactedAt)}</dd></>}
          {c.delayReason && <><dt>{t('complaints.delayReason')}</dt><dd>{label('nonClosure', c.delayReason)}</dd></>}
          {c.closedAt && <><dt>{t('complaints.closedAt')}</dt><dd>{when(c.closedAt)}</dd></>}
          {c.resolution && <><dt>{t('complaints.resolution')}</dt><dd>{c.resolution}</dd></>}
          {c.callbackOutcome && <><dt>{t('complaints.callbackOutcome')}</dt><dd>{label('callbackOutcome', c.callbackOutcome)} · {when(c.calledBackAt)}</dd></>}
        </dl>
        <div>
          {c.description && <><h3>{t('complaints.description')}</h3><p className="prose">{c.description}</p></>}
          {c.emergency && (
            <>
              <h3>{t('complaints.emergencyDetails')}</h3>
              <dl className="facts" id="emergency-details">
                <dt>{t('complaints.insuranceStatus')}</dt><dd>{c.emergency.insuranceStatus}</dd>
                <dt>{t('complaints.aftermarketModifications')}</dt><dd>{c.emergency.aftermarketModifications}</dd>
                <dt>{t('complaints.policeReport')}</dt><dd>{c.emergency.policeReport}</dd>
              </dl>
            </>
          )}
          {c.media && (
            <>
              <h3>{t('complaints.mediaDetails')}</h3>
              <dl className="facts" id="media-details">
                <dt>{t('complaints.mediaName')}</dt><dd>{c.media.mediaName}</dd>
                {c.media.column && <><dt>{t('complaints.mediaColumn')}</dt><dd>{c.media.column}</dd></>}
                <dt>{t('complaints.reporterName')}</dt><dd>{c.media.reporterName}</dd>
                <dt>{t('complaints.reporterContact')}</dt><dd>{c.media.reporterContact}</dd>
              </dl>
            </>
          )}
        </div>
      </div>
      <Clocks clocks={c.clocks} />
      <Attachments caseId={c.id} purposes={c.allowedActions?.length > 0 ? ['PHOTO', 'INVOICE', 'OTHER'] : null} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={c.timeline || []} />
    </section>
  )
}
