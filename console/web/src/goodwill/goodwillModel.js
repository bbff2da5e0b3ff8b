// Goodwill claims as the API names them: their steps' forms, and the FMC's conditions.
import { rules } from '../ui/validation.js'

export const GOODWILL_STATES = ['CONDITIONS_SET', 'SUBMITTED', 'CONFIRMED', 'PAID', 'REJECTED']
/** What the dealer attaches before submitting: the customer's signed agreement and the invoice. */
export const SUBMIT_EVIDENCE = ['SIGNED_AGREEMENT', 'INVOICE']

const reason = required => ({ name: 'reason', label: 'goodwill.reason', type: 'textarea', required })

/** Each step the API may allow on a goodwill claim: its endpoint and form (see complaintModel.js). */
export const GOODWILL_ACTIONS = {
  SUBMIT: { path: 'submit', hint: 'goodwill.submitHint', fields: [{ name: 'requestedAmount', label: 'goodwill.requestedAmount', type: 'number', required: true }] },
  CONFIRM: { path: 'confirm', fields: [reason(false)] },
  RETURN: { path: 'return', fields: [reason(true)] },
  REJECT: { path: 'reject', fields: [reason(true)] },
  PAY: { path: 'pay', fields: [{ name: 'paymentReference', label: 'goodwill.paymentReference', type: 'text', required: true }] }
}

export const EMPTY_OFFER = { capAmount: '', oemSharePercent: '100', dealerSharePercent: '0', customerSharePercent: '0', conditions: '' }
const SHARES = ['oemSharePercent', 'dealerSharePercent', 'customerSharePercent']

/** The FMC's conditions: a cap above zero, shares of 0 to 100 adding up to 100, and the text. */
export function offerErrors(v) {
  const errors = {}
  if (rules.required(v.capAmount)) errors.capAmount = 'validation.required'
  else if (rules.positive(v.capAmount)) errors.capAmount = 'validation.positive'
  for (const share of SHARES) {
    const n = Number(v[share])
    if (rules.required(v[share])) errors[share] = 'validation.required'
    else if (!(n >= 0 && n <= 100)) errors[share] = 'goodwill.sharePercent'
  }
  if (!SHARES.some(s => errors[s]) && Math.abs(SHARES.reduce((sum, s) => sum + Number(v[s]), 0) - 100) > 0.001) {
    errors.oemSharePercent = 'goodwill.sharesAddUp'
  }
  if (rules.required(v.conditions)) errors.conditions = 'validation.required'
  return errors
}

export function offerBody(complaint, v) {
  return {
    complaint, capAmount: Number(v.capAmount), oemSharePercent: Number(v.oemSharePercent), dealerSharePercent: Number(v.dealerSharePercent),
    customerSharePercent: Number(v.customerSharePercent), conditions: v.conditions.trim()
  }
}

/** The evidence the dealer still has to attach before submitting, by purpose. */
export function missingEvidence(attachments) {
  const have = new Set((attachments || []).map(a => a.purpose))
  return SUBMIT_EVIDENCE.filter(p => !have.has(p))
}
