import { api } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { nextClock } from '../ui/clocks.js'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Clocks, NextDeadline } from '../ui/Clocks.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { Timeline } from '../ui/Timeline.jsx'
import { EMPTY_MISSING, MISSING_ACTIONS, MISSING_STATES, missingBody, missingErrors, PARTS_API, partsCan } from './partsCampaignModel.js'
import { StateTabs } from '../ui/StateTabs.jsx'

const MISSING = `${PARTS_API}/missing-parts`

/** Missing-part requests (缺失件订购) within reach, newest first, by state, with the confirmation clock. */
export function MissingParts({ me, query }) {
  const { t, label } = useI18n()
  const state = query.state || ''
  const list = useLoad(() => api.get(MISSING, { state }), [state])
  return (
    <section>
      <h2>{t('menu.missingParts')}</h2>
      {partsCan.askMissingParts(me) && <p><a className="button primary" id="new-missing-part" href={routeHref('missingParts', 'new')}>{t('parts.missing.new')}</a></p>}
      <StateTabs page="missingParts" states={MISSING_STATES} current={state} />
      <Loading state={list}>{items => (
        <table className="list" id="missing-parts">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.state')}</th><th>{t('claim.dealer')}</th><th>{t('parts.part')}</th>
            <th className="number">{t('claim.quantity')}</th><th>{t('parts.deliveryDate')}</th><th>{t('clock.next')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(m => {
              const next = nextClock(m.clocks)
              return (
                <tr key={m.id} data-number={m.number}>
                  <td><a href={routeHref('missingParts', m.id)}>{m.number}</a></td><td><span className="badge">{label('state', m.state)}</span></td>
                  <td>{m.dealer}</td><td>{m.partNumber || ''} {m.partDescription || ''}</td><td className="number">{m.quantity}</td>
                  <td>{m.deliveryDate || '—'}</td>
                  <td>{next && <NextDeadline clock={next.clock} dueAt={next.dueAt} secondsLeft={next.secondsLeft} />}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

/** The dealer's parts staff ask for a part they cannot order normally. */
export function MissingPartForm() {
  const { t } = useI18n()
  const form = useForm(EMPTY_MISSING, missingErrors)
  const submit = () => form.submit(async values => {
    const created = await api.post(MISSING, missingBody(values))
    navigate('missingParts', created.id)
  })
  return (
    <section>
      <h2>{t('parts.missing.new')}</h2>
      <p className="muted">{t('parts.missing.hint')}</p>
      <form className="form grid" id="missing-part-form" onSubmit={e => { e.preventDefault(); submit() }} noValidate>
        <Field form={form} name="partNumber" label={t('claim.partNumber')} />
        <Field form={form} name="partDescription" label={t('parts.description')} />
        <Field form={form} name="quantity" label={t('claim.quantity')} type="number" min="1" max="9999" required />
        <Field form={form} name="vin" label={t('parts.vinOptional')} maxLength={17} />
        <div className="wide"><Field form={form} name="reason" label={t('parts.why')} type="textarea" rows={3} required /></div>
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="submit-missing-part" className="primary" disabled={form.busy}>{t('parts.missing.submit')}</button>
        </div>
      </form>
    </section>
  )
}

/** One request: what was asked, the parts department's answer, the clock, and the steps the caller may take. */
export function MissingPartPage({ id }) {
  const { t, label } = useI18n()
  const request = useLoad(() => api.get(`${MISSING}/${id}`), [id])
  return (
    <Loading state={request}>{m => (
      <section className="case">
        <div className="title-row">
          <h2><span id="missing-number">{m.number}</span> · {m.partNumber || m.partDescription} × {m.quantity}</h2>
          <span className="badge big" id="missing-state" data-state={m.state}>{label('state', m.state)}</span>
        </div>
        <CaseActions path={`${MISSING}/${m.id}`} allowed={m.allowedActions} specs={MISSING_ACTIONS} number={m.number} onDone={request.reload} />
        <dl className="facts">
          <dt>{t('claim.dealer')}</dt><dd>{m.dealer}</dd>
          <dt>{t('claim.partNumber')}</dt><dd>{m.partNumber || '—'}</dd>
          <dt>{t('parts.description')}</dt><dd>{m.partDescription || '—'}</dd>
          <dt>VIN</dt><dd>{m.vin || '—'}</dd>
          <dt>{t('parts.why')}</dt><dd>{m.reason}</dd>
          {m.deliveryDate && <><dt>{t('parts.deliveryDate')}</dt><dd id="missing-delivery">{m.deliveryDate}{m.deliveryNote ? ` · ${m.deliveryNote}` : ''}</dd></>}
          {m.declineReason && <><dt>{t('parts.declineReason')}</dt><dd id="missing-decline">{m.declineReason}</dd></>}
        </dl>
        <Clocks clocks={m.clocks} />
        <h3>{t('case.timeline')}</h3>
        <Timeline steps={m.timeline || []} />
      </section>
    )}</Loading>
  )
}
