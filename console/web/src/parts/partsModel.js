// The rules of the parts pages that are not layout: forms' checks and bodies, prices and totals,
// what a refusal's shortfall is, which language of a reason to show. The API checks everything again.
import { rules } from '../ui/validation.js'

export const ORDER_STATES = ['PLACED', 'PARTLY_ALLOCATED', 'ALLOCATED', 'SHIPPED', 'RECEIVED', 'CANCELLED']
export const ORDER_KINDS = ['STOCK', 'VOR', 'CAMPAIGN']
export const LISTED_KINDS = [...ORDER_KINDS, 'FORCED']
export const ENTRY_KINDS = ['PAYMENT', 'RELEASE', 'INVOICE_PAID']
const WAREHOUSE = /^[A-Z0-9-]{2,20}$/
const MAX_QUANTITY = 100000

/** Money as the API sends it (a JSON number or a string) summed in fen, so that 0.1 + 0.2 stays 0.30. */
export function cents(value) {
  return Math.round(Number(value || 0) * 100)
}

export const EMPTY_ORDER = { kind: 'STOCK', vin: '', repairOrder: '', campaignCode: '', note: '', lines: [{ partNumber: '', quantity: '1' }] }

/** The new order's checks as the user types; messages under the API's own field names. */
export function orderErrors(values) {
  const errors = {}
  if (values.kind === 'VOR') {
    const vin = rules.required(values.vin) || rules.vin(values.vin)
    if (vin) errors.vin = vin
    const ro = rules.required(values.repairOrder) || rules.maxLength(40)(values.repairOrder)
    if (ro) errors.repairOrder = ro
  }
  if (values.kind === 'CAMPAIGN' && rules.required(values.campaignCode)) errors.campaignCode = 'validation.required'
  if (values.lines.length === 0) errors.lines = 'parts.linesRequired'
  const seen = new Set()
  values.lines.forEach((line, i) => {
    const number = line.partNumber.trim()
    if (!number) errors[`lines[${i}].partNumber`] = 'validation.required'
    else if (seen.has(number)) errors[`lines[${i}].partNumber`] = 'parts.partTwice'
    seen.add(number)
    const quantity = quantityError(line.quantity, 1)
    if (quantity) errors[`lines[${i}].quantity`] = quantity
  })
  return errors
}

/** A whole number from `min` to 100,000, as the API takes line quantities. */
export function quantityError(text, min = 0) {
  const value = String(text ?? '').trim()
  if (value === '') return 'validation.required'
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > MAX_QUANTITY) return ['parts.wholeNumber', { min, max: MAX_QUANTITY }]
  return null
}

/** The order the API takes: only the kind's citation, part numbers trimmed, quantities as numbers. */
export function orderBody(values, idempotencyKey) {
  const text = value => (value && value.trim() ? value.trim() : null)
  return {
    kind: values.kind,
    idempotencyKey,
    vin: values.kind === 'VOR' ? text(values.vin)?.toUpperCase() : null,
    repairOrder: values.kind === 'VOR' ? text(values.repairOrder) : null,
    campaignCode: values.kind === 'CAMPAIGN' ? text(values.campaignCode) : null,
    note: text(values.note),
    lines: values.lines.map(l => ({ partNumber: l.partNumber.trim(), quantity: Number(l.quantity) }))
  }
}

/**
 * The order's lines priced from the catalogue (`parts`: number, description, unitPrice): each line's
 * price and amount (null for a part the catalogue does not have), the total of the priced lines and
 * whether every line is priced.
 */
export function pricedLines(lines, parts) {
  const byNumber = new Map((parts || []).map(p => [p.number, p]))
  let total = 0
  let complete = true
  const priced = lines.map(line => {
    const part = byNumber.get(line.partNumber.trim())
    const quantity = /^\d+$/.test(String(line.quantity).trim()) ? Number(line.quantity) : 0
    if (!part) {
      complete = false
      return { ...line, description: null, unitPrice: null, amount: null }
    }
    const amount = cents(part.unitPrice) * quantity
    total += amount
    return { ...line, description: part.description, unitPrice: part.unitPrice, amount: amount / 100 }
  })
  return { lines: priced, total: total / 100, complete }
}

/** What is missing when `amount` is more than `available`; 0 when it is covered. */
export function shortfall(amount, available) {
  return Math.max(0, cents(amount) - cents(available)) / 100
}

/** The shortfall the API names in a refusal ("… exceeds the available deposit 40.00: shortfall 60.00"), or null. */
export function shortfallIn(problem) {
  const texts = [problem?.body?.detail, ...Object.values(problem?.fieldErrors || {})]
  for (const text of texts) {
    const match = /shortfall\s+(-?[\d.]+)/i.exec(text || '')
    if (match) return Number(match[1])
  }
  return null
}

/** A line's or result's reason in the console's language. */
export function reasonIn(explained, language) {
  if (!explained) return ''
  return (language || '').startsWith('zh') ? explained.reasonZh : explained.reasonEn
}

/** A share (0 to 1) as a percentage with at most one decimal. */
export function percent(share) {
  if (share === null || share === undefined) return ''
  return `${Math.round(Number(share) * 1000) / 10}%`
}

/**
 * The totals of a run's results: lines, asked, allocated and short (asked − allocated), overall and
 * per tier in the run's order of tiers (tiers without lines left out).
 */
export function runTotals(results, tiers = []) {
  const sum = list => {
    const asked = list.reduce((s, r) => s + r.asked, 0)
    const allocated = list.reduce((s, r) => s + r.allocated, 0)
    return { lines: list.length, asked, allocated, short: asked - allocated }
  }
  const all = results || []
  const order = [...tiers, ...all.map(r => r.tier).filter(t => !tiers.includes(t))]
  const byTier = [...new Set(order)]
    .map(tier => ({ tier, ...sum(all.filter(r => r.tier === tier)) }))
    .filter(t => t.lines > 0)
  return { ...sum(all), byTier }
}

/** The distinct warehouses of stock rows, sorted. */
export function warehousesOf(stock) {
  return [...new Set((stock || []).map(s => s.warehouse))].sort()
}

/** The check of a warehouse code as the API takes it. */
export function warehouseError(value) {
  if (rules.required(value)) return 'validation.required'
  return WAREHOUSE.test(value.trim()) ? null : 'parts.warehouseFormat'
}

export const EMPTY_ENTRY = { kind: 'PAYMENT', amount: '', reference: '' }

/** A deposit entry's checks: an amount of at most two decimals above 0, and a reference. */
export function entryErrors(values) {
  const errors = {}
  const amount = String(values.amount ?? '').trim()
  if (amount === '') errors.amount = 'validation.required'
  else if (!/^\d{1,12}(\.\d{1,2})?$/.test(amount) || !(Number(amount) > 0)) errors.amount = 'parts.amountFormat'
  const reference = rules.required(values.reference) || rules.maxLength(100)(values.reference)
  if (reference) errors.reference = reference
  return errors
}

export function entryBody(values) {
  return { kind: values.kind, amount: Number(values.amount), reference: values.reference.trim() }
}

/** The form of the receipt: every line at what was shipped. */
export function receiveForm(lines) {
  return Object.fromEntries((lines || []).map(l => [`lines[${l.lineNo}]`, String(l.shipped)]))
}

/**
 * The receipt the API takes: every line with what arrived; messages come back by position
 * (`lines[i].quantity`), which is why every line is sent in the order's order.
 */
export function receiveBody(lines, values, note) {
  return {
    lines: lines.map(l => ({ lineNo: l.lineNo, quantity: Number(values[`lines[${l.lineNo}]`]) })),
    note: note && note.trim() ? note.trim() : null
  }
}

/** Backorders to cancel: only the lines given a quantity above 0, in the order's order. */
export function cancelBody(lines, values, reason) {
  return {
    lines: lines.filter(l => Number(values[`lines[${l.lineNo}]`] || 0) > 0)
      .map(l => ({ lineNo: l.lineNo, quantity: Number(values[`lines[${l.lineNo}]`]) })),
    reason: reason && reason.trim() ? reason.trim() : null
  }
}

/** The API names a line of a receipt or cancellation by its position in what was sent: map it back to the line's number. */
export function lineErrorsByNumber(fieldErrors, sentLines) {
  const errors = {}
  for (const [field, message] of Object.entries(fieldErrors || {})) {
    const match = /^lines\[(\d+)\]/.exec(field)
    const line = match ? sentLines[Number(match[1])] : null
    errors[line ? `lines[${line.lineNo}]` : field] = message
  }
  return errors
}

/** Campaigns a campaign order may cite: published and running on `today` (YYYY-MM-DD). */
export function runningCampaigns(campaigns, today) {
  return (campaigns || []).filter(c => (!c.validFrom || c.validFrom <= today) && (!c.validTo || c.validTo >= today))
}
