import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { sayCoded } from '../app/problem.js'
import { adjudicationHeading, earlierRepairs, ruleMark, whyCameBack } from './claimOutcome.js'
import { Attachments } from '../ui/Attachments.jsx'
import { ConfirmDialog, Loading, ProblemBanner, ReasonDialog } from '../ui/controls.jsx'
import { announce } from '../ui/announce.js'
import { nextInQueue, rememberedQueue } from '../queue/bulk.js'
import { formatDate, formatDateTime, formatMoney } from '../ui/format.js'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { Timeline } from '../ui/Timeline.jsx'
import { approverPurposes, dealerPurposes } from './claimKinds.js'
import { AdjustDialog } from './AdjustDialog.jsx'
import { LedgerPanel } from '../threeguarantees/LedgerPanel.jsx'

export function ClaimPage({ id }) {
  const claim = useLoad(() => api.get(`${PLATFORM}/warranty-claims/${id}`), [id])
  return <Loading state={claim}>{view => <Claim view={view} reload={claim.reload} />}</Loading>
}

function Claim({ view, reload }) {
  const { t, label, language } = useI18n()
  const directory = useDirectory()
  const c = view.claim, r = view.repair
  // The server's workflow table says what this caller may do now; the page only draws it.
  const dealerMayEdit = view.allowedActions.includes('CORRECT')
  const myStep = view.allowedActions.includes('APPROVE') ? view.awaiting : null
  const purposes = dealerMayEdit ? dealerPurposes(view.kind) : myStep ? approverPurposes(view.kind, myStep) : null
  return (
    <section className="case">
      <div className="title-row">
        <h2><span id="claim-number">{c.number}</span> · {label('kind', view.kind)}</h2>
        <span className="badge big" id="claim-state">{label('state', c.state)}</span>
      </div>
      {whyCameBack(view).length > 0 && (
        <div className="problem" id="claim-why" role="status">
          <strong>{t(c.state === 'REJECTED' ? 'claim.whyRejected' : 'claim.whyReturned')}</strong>
          <ul>{whyCameBack(view).map(reason => <li key={reason.message}>{sayCoded(reason, language)}</li>)}</ul>
        </div>
      )}
      {view.awaiting && <p className="muted">{t('claim.awaiting', { step: label('step', view.awaiting) })}</p>}
      <ClaimActions view={view} reload={reload} dealer={directory.dealer(c.dealer)} />
      <NextClaim id={c.id} />
      <div className="columns">
        <dl className="facts">
          <dt>{t('claim.dealer')}</dt><dd>{directory.dealer(c.dealer)}</dd>
          <dt>{t('claim.repairOrder')}</dt><dd>{r.repairOrder}</dd>
          <dt>VIN</dt><dd className="mono"><a href={routeHref('search', null, { vin: r.vin })}>{r.vin}</a></dd>
          <dt>{t('claim.model')}</dt><dd>{r.model}</dd>
          <dt>{t('claim.saleDate')}</dt><dd>{formatDate(r.saleDate, language)}</dd>
          <dt>{t('claim.repairDate')}</dt><dd>{formatDate(r.repairDate, language)}</dd>
          <dt>{t('claim.mileage')}</dt><dd>{r.mileage.toLocaleString(language)} km</dd>
          {r.campaign && <><dt>{t('claim.campaign')}</dt><dd>{r.campaign}</dd></>}
          {r.preAuthorisation && <><dt>{t('claim.preAuthorisation')}</dt><dd>{r.preAuthorisation}</dd></>}
          {view.technicians?.length > 0 && <><dt>{t('claim.technicians')}</dt>
            <dd id="technicians">{view.technicians.map(p => `${p.name} (${p.staffNumber})`).join(', ')}</dd></>}
          <dt>{t('claim.submittedAt')}</dt><dd>{formatDateTime(view.submittedAt, language)}</dd>
          {view.settledAt && <><dt>{t('claim.settledAt')}</dt><dd id="settled-at">{formatDateTime(view.settledAt, language)}</dd></>}
        </dl>
        <div>
          <h3>{t('claim.faultDescription')}</h3>
          <p className="prose">{r.faultDescription}</p>
          {r.cause && <><h3>{t('claim.cause')}</h3><p className="prose">{r.cause}</p></>}
        </div>
      </div>
      <Lines view={view} />
      {view.adjudication && <AdjudicationResults view={view} />}
      <VehicleHistory vin={r.vin} number={c.number} mileage={r.mileage} />
      <LedgerPanel vin={r.vin} />
      <Attachments caseId={c.id} purposes={purposes} />
      <h3>{t('case.timeline')}</h3>
      <Timeline steps={c.timeline} />
    </section>
  )
}

/** The next claim of the queue this one was opened from: after a decision, the approver goes on with one click. */
function NextClaim({ id }) {
  const { t } = useI18n()
  const next = nextInQueue(rememberedQueue(), id)
  return next ? <p><a className="button" id="next-claim" href={routeHref('claims', next)}>{t('claim.nextClaim')} ›</a></p> : null
}

function Lines({ view }) {
  const { t, language } = useI18n()
  const money = value => formatMoney(value, language)
  const { labor, parts } = view.lines
  return (
    <>
      <h3>{t('claim.lines')}</h3>
      <table className="list lines">
        <thead>
          <tr><th>{t('claim.line')}</th><th>{t('claim.quantityOrHours')}</th><th>{t('claim.reference')}</th><th className="number">{t('claim.claimedAmount')}</th><th className="number">{t('claim.approvedAmount')}</th></tr>
        </thead>
        <tbody>
          {labor.map(l => (
            <tr key={`l-${l.operation}`}><td>{l.operation}</td><td>{l.hours} h</td><td>{t('claim.flatRate', { hours: l.flatRateHours ?? '—' })}</td>
              <td className="number">{money(l.amount)}</td><td className="number">{money(l.approvedAmount)}</td></tr>
          ))}
          {parts.map(p => (
            <tr key={`p-${p.number}`}><td>{p.number}{p.causal ? ` (${t('claim.causal')})` : ''}</td><td>{p.quantity} × {money(p.unitPrice)}</td>
              <td>{t('claim.cataloguePrice', { price: p.cataloguePrice === null || p.cataloguePrice === undefined ? '—' : money(p.cataloguePrice) })}</td>
              <td className="number">{money(p.amount)}</td><td className="number">{money(p.approvedAmount)}</td></tr>
          ))}
          {view.lines.sublet > 0 && <tr><td>{t('claim.sublet')}</td><td /><td /><td className="number">{money(view.lines.sublet)}</td><td className="number">{money(view.lines.approvedSublet)}</td></tr>}
        </tbody>
        <tfoot>
          <tr><th colSpan={3}>{t('claim.total', { rate: money(view.laborRate) })}</th>
            <th className="number" id="claimed-amount">{money(view.claimedAmount)}</th><th className="number" id="approved-amount">{money(view.approvedAmount)}</th></tr>
        </tfoot>
      </table>
    </>
  )
}

const MARKS = { passed: '✓', failed: '✗', notApplicable: '–' }

function AdjudicationResults({ view }) {
  const { t, label, language } = useI18n()
  const adjudication = view.adjudication
  const heading = adjudicationHeading(view)
  return (
    <>
      <h3>{t(heading, { outcome: label('outcome', adjudication.outcome), version: adjudication.settingsVersion })}</h3>
      <ul className={heading === 'claim.adjudication' ? 'rules' : 'rules checked-only'} id="adjudication">
        {adjudication.results.map(r => {
          const mark = ruleMark(r)
          return (
            <li key={r.rule} data-rule={r.rule} data-mark={mark} className={mark === 'failed' ? `failed ${r.consequence}` : mark}>
              <span className="mark" aria-hidden="true">{MARKS[mark]}</span>
              <span>{label('rule', r.rule)}</span>
              {mark === 'notApplicable' && <span className="muted">{t('claim.ruleNotApplicable')}</span>}
              {mark === 'failed' && <span className="reason">{label('outcome', r.consequence)}: {sayCoded({ code: r.code, params: r.params, message: r.reason }, language)}</span>}
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** The vehicle's record beside the claim: its last known mileage and its other claimed repairs. */
function VehicleHistory({ vin, number, mileage }) {
  const { t, language } = useI18n()
  const vehicle = useLoad(() => api.get(`${PLATFORM}/warranty/vehicles/${encodeURIComponent(vin)}`).catch(() => null), [vin])
  if (!vehicle.data) return null
  const v = vehicle.data
  const others = earlierRepairs(v, number)
  return (
    <section className="vehicle-history" id="vehicle-history">
      <h3>{t('claim.vehicleHistory')}</h3>
      <p>
        {t('claim.vehicleSummary', { model: v.model || '—', sold: formatDate(v.saleDate, language) || '—',
          mileage: v.lastKnownMileage == null ? '—' : `${v.lastKnownMileage.toLocaleString(language)} km`,
          claimed: `${mileage.toLocaleString(language)} km` })}
      </p>
      {others.length === 0 ? <p className="muted" id="vehicle-no-earlier">{t('claim.noEarlierClaims')}</p> : (
        <div className="table-box">
          <table className="list" id="vehicle-earlier">
            <thead><tr><th>{t('claim.number')}</th><th>{t('claim.repairDate')}</th><th className="number">{t('claim.mileage')}</th><th>{t('campaigns.operations')}</th></tr></thead>
            <tbody>
              {others.map(r => (
                <tr key={r.claimNumber}><td>{r.claimNumber}</td><td>{formatDate(r.repairDate, language)}</td>
                  <td className="number">{r.mileage.toLocaleString(language)} km</td><td>{(r.laborOperations || []).join(', ')}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function ClaimActions({ view, reload, dealer }) {
  const { t, language } = useI18n()
  const [dialog, setDialog] = useState(null)
  const [problem, setProblem] = useState(null)
  const path = `${PLATFORM}/warranty-claims/${view.claim.id}`
  const act = async (action, body) => {
    await api.post(`${path}/${action}`, body)
    setDialog(null)
    announce(t(`done.claim.${action}`, { number: view.claim.number }))
    reload()
  }
  const confirm = action => () => { setProblem(null); setDialog(action) }
  const may = action => view.allowedActions.includes(action)
  if (view.allowedActions.length === 0) return null
  return (
    <div className="actions case-actions">
      {may('CORRECT') && <a className="button" id="edit-claim" href={routeHref('claims', view.claim.id, null) + '/edit'}>{t('claim.edit')}</a>}
      {may('SUBMIT') && <button type="button" id="submit-claim" className="primary" onClick={confirm('submit')}>{t('claim.submit')}</button>}
      {may('APPROVE') && <>
        <button type="button" id="approve" className="primary" onClick={() => setDialog('approve')}>{t('decision.approve')}</button>
        <button type="button" id="adjust" onClick={() => setDialog('adjust')}>{t('decision.adjust')}</button>
      </>}
      {may('RETURN') && <button type="button" id="return" onClick={() => setDialog('return')}>{t('decision.return')}</button>}
      {may('REJECT') && <button type="button" id="reject" className="danger" onClick={() => setDialog('reject')}>{t('decision.reject')}</button>}
      {may('SETTLE') && <button type="button" id="settle" className="primary" onClick={confirm('settle')}>{t('decision.settle')}</button>}
      <ProblemBanner problem={problem} />
      {['submit', 'settle'].includes(dialog) && (
        <ConfirmDialog title={t(`confirm.${dialog}Title`, { number: view.claim.number })}
                       text={t(`confirm.${dialog}Text`, { amount: formatMoney(dialog === 'settle' ? view.approvedAmount : view.claimedAmount, language), dealer })}
                       confirmLabel={t(dialog === 'settle' ? 'decision.settle' : 'claim.submit')}
                       onClose={() => setDialog(null)} onConfirm={() => act(dialog, {})} />
      )}
      {dialog === 'adjust' && <AdjustDialog view={view} onClose={() => setDialog(null)} onConfirm={body => act('approve', body)} />}
      {['approve', 'return', 'reject'].includes(dialog) && (
        <ReasonDialog title={t(`decision.${dialog}Title`, { number: view.claim.number })} required={dialog !== 'approve'}
                      confirmLabel={t(`decision.${dialog}`)} onClose={() => setDialog(null)}
                      onConfirm={note => act(dialog, { note: note || null })} />
      )}
    </div>
  )
}
