import { useEffect, useMemo } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { sayCoded, unplacedErrors } from '../app/problem.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, LineInput, Loading, ProblemBanner, Select, useMessage } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { CLAIM_KINDS } from './claimKinds.js'
import { claimErrors, claimToForm, COMPLETE_VIN, emptyClaim, runningTotal, toClaimRequest, vehicleFill } from './claimForm.js'
import { formatMoney } from '../ui/format.js'
import { requirementOf, technicianLabel } from '../certificates/certificateModel.js'
import { whyCameBack } from './claimOutcome.js'

/** Drafts a new claim, or corrects a draft or returned one (`claimId`). */
export function ClaimForm({ me, claimId }) {
  const existing = useLoad(() => (claimId ? api.get(`${PLATFORM}/warranty-claims/${claimId}`) : Promise.resolve(null)), [claimId])
  return <Loading state={existing}>{claim => <ClaimEditor me={me} claim={claim} />}</Loading>
}

function ClaimEditor({ claim }) {
  const { t, label, language } = useI18n()
  const form = useForm(claim ? claimToForm(claim) : emptyClaim(), claimErrors)
  // One key per form: pressing save twice, or a retry after a lost answer, drafts one claim.
  const idempotencyKey = useMemo(() => `console-${crypto.randomUUID()}`, [])
  const catalogue = useLoad(() => Promise.all([
    api.get(`${PLATFORM}/warranty/catalogue/models`),
    api.get(`${PLATFORM}/warranty/catalogue/labor-operations`),
    api.get(`${PLATFORM}/warranty/catalogue/parts`),
    api.get(`${PLATFORM}/pre-authorisations`, { state: 'GRANTED' }),
    api.get(`${PLATFORM}/warranty/campaigns`),
    api.get(`${PLATFORM}/warranty-claims/technicians`)
  ]), [])
  const [models, operations, parts, preAuthorisations, campaigns, roster] = catalogue.data || [[], [], [], [], [], []]
  const v = form.values
  const vin = v.vin.trim().toUpperCase()
  useEffect(() => {
    if (!COMPLETE_VIN.test(vin)) return
    let current = true
    api.get(`${PLATFORM}/warranty/vehicles/${vin}`).then(record => {
      if (current) Object.entries(vehicleFill(form.values, record)).forEach(([field, value]) => form.set(field, value))
    }, () => { /* a vehicle the network does not know yet: the dealer types its model and sale date */ })
    return () => { current = false }
  }, [vin])

  const save = () => form.submit(async values => {
    const request = toClaimRequest(values, claim ? null : idempotencyKey)
    const saved = claim
      ? await api.put(`${PLATFORM}/warranty-claims/${claim.claim.id}`, request)
      : await api.post(`${PLATFORM}/warranty-claims`, request)
    navigate('claims', saved.claim.id)
  })
  const setLine = (list, i, field, value) => form.set(list, v[list].map((line, j) => (j === i ? { ...line, [field]: value } : line)))
  const placed = ['kind', 'repairOrder', 'vin', 'model', 'saleDate', 'repairDate', 'mileage', 'faultDescription', 'cause', 'sublet',
    'preAuthorisation', 'campaign', 'labor', 'parts', ...v.technicians.map((_, i) => `technicians[${i}]`),
    ...v.labor.flatMap((_, i) => [`labor[${i}].operation`, `labor[${i}].hours`]),
    ...v.parts.flatMap((_, i) => [`parts[${i}].number`, `parts[${i}].quantity`, `parts[${i}].unitPrice`])]

  return (
    <section>
      <h2>{claim ? t('claim.correctTitle', { number: claim.claim.number }) : t('claim.newTitle')}</h2>
      {claim && whyCameBack(claim).length > 0 && (
        <div className="problem" id="correction-why" role="status">
          <strong>{t(claim.claim.state === 'REJECTED' ? 'claim.whyRejected' : 'claim.whyReturned')}</strong>
          <ul>{whyCameBack(claim).map(reason => <li key={reason.message}>{sayCoded(reason, language)}</li>)}</ul>
        </div>
      )}
      <form className="form grid" onSubmit={e => { e.preventDefault(); save() }} noValidate>
        <Select form={form} name="kind" label={t('claim.kind')} options={CLAIM_KINDS} render={k => label('kind', k)} required disabled={!!claim} />
        <Field form={form} name="repairOrder" label={t('claim.repairOrder')} required maxLength={40} />
        <Field form={form} name="vin" label="VIN" required maxLength={17} className="mono" />
        <Field form={form} name="model" label={t('claim.model')} required list="models" />
        <datalist id="models">{models.map(m => <option key={m.code} value={m.code}>{m.name}</option>)}</datalist>
        <Field form={form} name="saleDate" label={t('claim.saleDate')} type="date" required />
        <Field form={form} name="repairDate" label={t('claim.repairDate')} type="date" required />
        <Field form={form} name="mileage" label={t('claim.mileage')} type="number" min={0} required />
        {v.kind === 'SPECIAL_PART' && (
          <Field form={form} name="preAuthorisation" label={t('claim.preAuthorisation')} required>
            <select id="field-preAuthorisation" value={v.preAuthorisation} onChange={e => form.set('preAuthorisation', e.target.value)}>
              <option value="">{t('claim.choosePreAuthorisation')}</option>
              {preAuthorisations.map(p => <option key={p.request.id} value={p.request.id}>{p.request.number} · {p.vin} · {p.part}</option>)}
            </select>
          </Field>
        )}
        {v.kind === 'CAMPAIGN' && (
          <Field form={form} name="campaign" label={t('claim.campaign')} required>
            <select id="field-campaign" value={v.campaign} onChange={e => form.set('campaign', e.target.value)}>
              <option value="">{t('claim.chooseCampaign')}</option>
              {campaigns.map(c => <option key={c.code} value={c.code}>{c.code} · {c.title}</option>)}
            </select>
          </Field>
        )}
        <Field form={form} name="faultDescription" label={t('claim.faultDescription')} type="textarea" required rows={3} className="wide" />
        <Field form={form} name="cause" label={t('claim.cause')} type="textarea" rows={2} />

        <fieldset className="wide">
          <legend>{t('claim.labor')}</legend>
          <LineErrors form={form} name="labor" />
          <datalist id="operations">{operations.map(o => <option key={o.code} value={o.code}>{o.description} ({o.flatRateHours} h){requirementOf(o) ? ` · ${t('claim.requires', { requirement: requirementOf(o) })}` : ''}</option>)}</datalist>
          {v.labor.map((line, i) => (
            <div className="line" key={i}>
              <LineInput form={form} name={`labor[${i}].operation`} label={t('claim.operation')} value={line.operation} list="operations"
                         onChange={value => setLine('labor', i, 'operation', value)} />
              <LineInput form={form} name={`labor[${i}].hours`} label={t('claim.hours')} value={line.hours} type="number" step="0.1"
                         onChange={value => setLine('labor', i, 'hours', value)} />
              {requirementOf(operations.find(o => o.code === line.operation.trim())) && (
                <span className="badge warn">{t('claim.requires', { requirement: requirementOf(operations.find(o => o.code === line.operation.trim())) })}</span>
              )}
              <button type="button" className="link" onClick={() => form.set('labor', v.labor.filter((_, j) => j !== i))}>{t('common.remove')}</button>
            </div>
          ))}
          <button type="button" id="add-labor" onClick={() => form.set('labor', [...v.labor, { operation: '', hours: '' }])}>+ {t('claim.addLabor')}</button>
        </fieldset>

        <fieldset className="wide">
          <legend>{t('claim.parts')}</legend>
          <datalist id="parts">{parts.map(p => <option key={p.number} value={p.number}>{p.description} · {p.unitPrice}</option>)}</datalist>
          {v.parts.map((line, i) => (
            <div className="line" key={i}>
              <LineInput form={form} name={`parts[${i}].number`} label={t('claim.partNumber')} value={line.number} list="parts"
                         onChange={value => {
                           const known = parts.find(p => p.number === value)
                           form.set('parts', v.parts.map((l, j) => (j === i ? { ...l, number: value, unitPrice: l.unitPrice || (known ? String(known.unitPrice) : '') } : l)))
                         }} />
              <LineInput form={form} name={`parts[${i}].quantity`} label={t('claim.quantity')} value={line.quantity} type="number" min={1}
                         onChange={value => setLine('parts', i, 'quantity', value)} />
              <LineInput form={form} name={`parts[${i}].unitPrice`} label={t('claim.unitPrice')} value={line.unitPrice} type="number" step="0.01"
                         onChange={value => setLine('parts', i, 'unitPrice', value)} />
              <label className="check"><input type="checkbox" checked={!!line.causal} onChange={e => setLine('parts', i, 'causal', e.target.checked)} /> {t('claim.causal')}</label>
              <button type="button" className="link" onClick={() => form.set('parts', v.parts.filter((_, j) => j !== i))}>{t('common.remove')}</button>
            </div>
          ))}
          <button type="button" id="add-part" onClick={() => form.set('parts', [...v.parts, { number: '', quantity: '1', unitPrice: '', causal: v.parts.length === 0 }])}>+ {t('claim.addPart')}</button>
        </fieldset>
        <Field form={form} name="sublet" label={t('claim.sublet')} type="number" step="0.01" min={0} />

        <fieldset className="wide" id="technicians">
          <legend>{t('claim.technicians')}</legend>
          <p className="muted">{t('claim.technicianHint')}</p>
          {[...roster, ...(claim?.technicians || []).filter(n => !roster.some(r => r.staffNumber === n.staffNumber))
            .map(n => ({ ...n, validCertificates: [] }))].map(person => (
            <label className="check" key={person.staffNumber}>
              <input type="checkbox" name="technicians" value={person.staffNumber} checked={v.technicians.includes(person.staffNumber)}
                     onChange={e => form.set('technicians', e.target.checked ? [...v.technicians, person.staffNumber]
                       : v.technicians.filter(s => s !== person.staffNumber))} /> {technicianLabel(person)}
            </label>
          ))}
          {v.technicians.map((_, i) => <LineErrors key={i} form={form} name={`technicians[${i}]`} />)}
        </fieldset>

        <ClaimTotal total={runningTotal(v, claim?.laborRate)} />
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          {unplacedErrors(form.serverErrors, placed).map(m => <div key={m} className="field-error">{m}</div>)}
          <div className="actions">
            <a className="button" href={claim ? routeHref('claims', claim.claim.id) : routeHref('claims')}>{t('common.cancel')}</a>
            <button type="submit" id="save-claim" className="primary" disabled={form.busy}>{t('claim.save')}</button>
          </div>
          <p className="muted">{t('claim.saveExplain')}</p>
        </div>
      </form>
    </section>
  )
}


function LineErrors({ form, name }) {
  const message = useMessage()
  return form.errors[name] ? <div className="field-error" data-field={name}>{message(form.errors[name])}</div> : null
}

/** The claim's amounts as they are typed; labour is priced at the dealer's rate once the server has it. */
function ClaimTotal({ total }) {
  const { t, language } = useI18n()
  const money = value => formatMoney(value, language)
  return (
    <dl className="facts wide running-total" id="claim-total" aria-live="polite">
      <dt>{t('claim.totalLabor')}</dt>
      <dd className="number">{total.laborPriced ? `${total.hours} h · ${money(total.labor)}` : t('claim.totalLaborUnpriced', { hours: total.hours })}</dd>
      <dt>{t('claim.totalParts')}</dt><dd className="number">{money(total.parts)}</dd>
      <dt>{t('claim.sublet')}</dt><dd className="number">{money(total.sublet)}</dd>
      <dt>{t(total.laborPriced ? 'claim.totalAll' : 'claim.totalWithoutLabor')}</dt><dd className="number" id="claim-total-amount"><strong>{money(total.total)}</strong></dd>
    </dl>
  )
}
