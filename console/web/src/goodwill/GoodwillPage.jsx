import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Attachments } from '../ui/Attachments.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Clocks } from '../ui/Clocks.jsx'
import { Loading } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { GOODWILL_ACTIONS, missingEvidence, SUBMIT_EVIDENCE } from './goodwillModel.js'

export function GoodwillPage({ id }) {
  const goodwill = useLoad(() => api.get(`${PLATFORM}/goodwill/${id}`), [id])
  return <Loading state={goodwill}>{g => <Goodwill g={g} reload={goodwill.reload} />}</Loading>
}

function Goodwill({ g, reload }) {
  const { t, label, language } = useI18n()
  const money = value => formatMoney(value, language)
  const mayAttach = g.allowedActions?.includes('SUBMIT')
  const attachments = useLoad(() => (mayAttach ? api.get(`${PLATFORM}/cases/${g.id}/attachments`) : Promise.resolve([])), [g.id, mayAttach])
  const missing = mayAttach && attachments.data ? missingEvidence(attachments.data) : []
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="goodwill-number">{g.number}</span> · {g.subject}</h2>
        <span className="badge big" id="goodwill-state" data-state={g.state}>{label('state', g.state)}</span>
      </div>
      {missing.length > 0 && <p className="notice" id="goodwill-missing">{t('goodwill.attachFirst', { purposes: missing.map(p => label('purpose', p)).join(', ') })}</p>}
      <CaseActions path={`${PLATFORM}/goodwill/${g.id}`} allowed={g.allowedActions} specs={GOODWILL_ACTIONS} number={g.number} onDone={reload} />
      <div className="columns">
        <dl className="facts" id="goodwill-conditions">
          <dt>{t('claim.dealer')}</dt><dd>{g.dealer}</dd>
          <dt>{t('goodwill.complaint')}</dt><dd><a href={routeHref('complaints', g.complaint)}>{g.complaintNumber}</a></dd>
          <dt>{t('goodwill.cap')}</dt><dd id="goodwill-cap">{money(g.capAmount)}</dd>
          <dt>{t('goodwill.split')}</dt>
          <dd>{t('goodwill.splitText', { oem: g.oemSharePercent, dealer: g.dealerSharePercent, customer: g.customerSharePercent })}</dd>
          {g.requestedAmount !== null && g.requestedAmount !== undefined && <><dt>{t('goodwill.requestedAmount')}</dt><dd>{money(g.requestedAmount)} · {formatDateTime(g.submittedAt, language)}</dd></>}
          {g.oemAmount !== null && g.oemAmount !== undefined && <><dt>{t('goodwill.oemAmount')}</dt><dd id="goodwill-oem-amount">{money(g.oemAmount)}</dd></>}
          {g.confirmedAt && <><dt>{t('goodwill.confirmedAt')}</dt><dd>{formatDateTime(g.confirmedAt, language)}</dd></>}
          {g.paidAt && <><dt>{t('goodwill.paid')}</dt><dd id="goodwill-paid">{money(g.paidAmount)} · {g.paymentReference} · {formatDateTime(g.paidAt, language)}</dd></>}
        </dl>
        <div>
          <h3>{t('goodwill.conditions')}</h3>
          <p className="prose">{g.conditions}</p>
        </div>
      </div>
      <Clocks clocks={g.clocks} />
      <Attachments caseId={g.id} purposes={mayAttach ? [...SUBMIT_EVIDENCE, 'OTHER'] : null} onChange={attachments.reload} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={g.timeline || []} />
    </section>
  )
}
