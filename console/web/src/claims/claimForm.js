// A claim form's values, their checks as the user types, and the request the API takes.
import { todayIn } from '../ui/format.js'
import { rules, validate } from '../ui/validation.js'

export function emptyClaim() {
  return {
    kind: 'REGULAR', repairOrder: '', vin: '', model: '', saleDate: '', repairDate: todayIn(),
    mileage: '', faultDescription: '', cause: '', labor: [{ operation: '', hours: '' }], parts: [], sublet: '',
    preAuthorisation: '', campaign: '', technicians: []
  }
}

/** The form's values from a stored claim, to correct it. */
export function claimToForm(view) {
  const r = view.repair
  return {
    kind: view.kind, repairOrder: r.repairOrder, vin: r.vin, model: r.model, saleDate: r.saleDate, repairDate: r.repairDate,
    mileage: String(r.mileage), faultDescription: r.faultDescription, cause: r.cause || '',
    labor: view.lines.labor.map(l => ({ operation: l.operation, hours: String(l.hours) })),
    parts: view.lines.parts.map(p => ({ number: p.number, quantity: String(p.quantity), unitPrice: String(p.unitPrice), causal: p.causal })),
    sublet: view.lines.sublet ? String(view.lines.sublet) : '', preAuthorisation: r.preAuthorisation || '', campaign: r.campaign || '',
    technicians: (view.technicians || []).map(t => t.staffNumber)
  }
}

const FIELD_CHECKS = {
  repairOrder: [rules.required, rules.maxLength(40)],
  vin: [rules.required, rules.vin],
  model: [rules.required, rules.maxLength(40)],
  saleDate: [rules.required],
  repairDate: [rules.required, rules.notInFuture],
  mileage: [rules.required, rules.atLeastZero],
  faultDescription: [rules.required, rules.maxLength(4000)],
  cause: [rules.maxLength(2000)],
  sublet: [rules.atLeastZero]
}

/** Messages by the API's field names, lines included: "labor[0].hours". */
export function claimErrors(values) {
  const errors = validate(values, FIELD_CHECKS)
  if (values.labor.length === 0) errors.labor = 'claim.laborRequired'
  values.labor.forEach((line, i) => {
    if (rules.required(line.operation)) errors[`labor[${i}].operation`] = 'validation.required'
    const hours = rules.required(line.hours) || rules.positive(line.hours)
    if (hours) errors[`labor[${i}].hours`] = hours
  })
  values.parts.forEach((line, i) => {
    if (rules.required(line.number)) errors[`parts[${i}].number`] = 'validation.required'
    const quantity = rules.required(line.quantity) || rules.positive(line.quantity)
    if (quantity) errors[`parts[${i}].quantity`] = quantity
    const price = rules.required(line.unitPrice) || rules.atLeastZero(line.unitPrice)
    if (price) errors[`parts[${i}].unitPrice`] = price
  })
  if (values.saleDate && values.repairDate && values.saleDate > values.repairDate) errors.saleDate = 'claim.saleAfterRepair'
  if (values.kind === 'SPECIAL_PART' && !values.preAuthorisation) errors.preAuthorisation = 'claim.preAuthorisationRequired'
  if (values.kind === 'CAMPAIGN' && !values.campaign) errors.campaign = 'claim.campaignRequired'
  return errors
}

/** The API's ClaimRequest. */
export function toClaimRequest(values, idempotencyKey) {
  const text = v => (v === '' ? null : v)
  return {
    kind: values.kind,
    repairOrder: values.repairOrder.trim(),
    vin: values.vin.trim().toUpperCase(),
    model: values.model.trim(),
    saleDate: values.saleDate,
    repairDate: values.repairDate,
    mileage: Number(values.mileage),
    faultDescription: values.faultDescription.trim(),
    cause: text(values.cause.trim()),
    labor: values.labor.map(l => ({ operation: l.operation.trim(), hours: Number(l.hours) })),
    parts: values.parts.map(p => ({ number: p.number.trim(), quantity: Number(p.quantity), unitPrice: Number(p.unitPrice), causal: !!p.causal })),
    sublet: values.sublet === '' ? null : Number(values.sublet),
    preAuthorisation: values.kind === 'SPECIAL_PART' ? text(values.preAuthorisation) : null,
    campaign: values.kind === 'CAMPAIGN' ? text(values.campaign.trim()) : null,
    technicians: values.technicians || [],
    idempotencyKey
  }
}

/** A VIN complete enough to look up (17 characters, no I, O or Q). */
export const COMPLETE_VIN = /^[A-HJ-NPR-Z0-9]{17}$/

/** What the vehicle's record fills in: its model and sale date, where the form has none yet. */
export function vehicleFill(values, record) {
  const fill = {}
  if (!record) return fill
  if (!values.model && record.model) fill.model = record.model
  if (!values.saleDate && record.saleDate) fill.saleDate = record.saleDate
  return fill
}

const amount = value => (value === '' || value === null || value === undefined || Number.isNaN(Number(value)) ? 0 : Number(value))
const cents = value => Math.round(value * 100) / 100

/**
 * The claim's amounts as the form stands: parts (quantity × unit price), sublet, labour hours and, when the
 * dealer's labour rate is known (a stored claim carries it), the labour amount and the total.
 */
export function runningTotal(values, laborRate) {
  const hours = cents(values.labor.reduce((sum, l) => sum + amount(l.hours), 0))
  const parts = cents(values.parts.reduce((sum, p) => sum + amount(p.quantity) * amount(p.unitPrice), 0))
  const sublet = cents(amount(values.sublet))
  const rate = laborRate === null || laborRate === undefined ? null : Number(laborRate)
  const labor = rate === null ? null : cents(hours * rate)
  return { hours, labor, parts, sublet, total: cents((labor || 0) + parts + sublet), laborPriced: rate !== null }
}

/** What an adjusted approval comes to: each line at its entered amount (the claimed one while empty), plus the sublet. */
export function adjustedTotal(lines, laborAmounts, partAmounts) {
  const at = (entered, claimed) => (entered === '' || entered === undefined || Number.isNaN(Number(entered)) ? Number(claimed) : Number(entered))
  const labor = lines.labor.reduce((sum, l) => sum + at(laborAmounts[l.operation], l.amount), 0)
  const parts = lines.parts.reduce((sum, p) => sum + at(partAmounts[p.number], p.amount), 0)
  const claimed = [...lines.labor, ...lines.parts].reduce((sum, l) => sum + Number(l.amount), 0) + amount(lines.sublet)
  return { approved: cents(labor + parts + amount(lines.sublet)), claimed: cents(claimed) }
}
