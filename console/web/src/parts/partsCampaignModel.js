// Who may open the campaign-push, missing-part, audit and reporting pages, the steps' forms, and the
// request bodies. The server checks every call again; these only decide what the console offers.
import { PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'

export const PARTS_API = `${PLATFORM}/parts`

const has = (me, ...roles) => roles.some(r => me.roles.includes(r))
const dealerPartsStaff = me => me.scope === 'DEALER' && has(me, 'dealer-admin', 'dealer-claims')

export const partsCan = {
  pushCampaigns: me => me.scope === 'NETWORK' && has(me, 'oem-parts'),
  readMissingParts: me => can.readParts(me),
  askMissingParts: me => dealerPartsStaff(me),
  readAudits: me => can.readParts(me),
  keepAudits: me => me.scope === 'NETWORK' && has(me, 'oem-parts'),
  readReporting: me => can.readParts(me)
}

export const MISSING_STATES = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'RECEIVED', 'WITHDRAWN']

export const MISSING_ACTIONS = {
  CONFIRM: { path: 'confirm', fields: [{ name: 'deliveryDate', label: 'parts.deliveryDate', type: 'date', required: true },
    { name: 'note', label: 'parts.deliveryNote', type: 'textarea', required: false }] },
  DECLINE: { path: 'decline', fields: [{ name: 'reason', label: 'parts.reason', type: 'textarea', required: true }] },
  RECEIVE: { path: 'receive', fields: [] },
  WITHDRAW: { path: 'withdraw', fields: [{ name: 'reason', label: 'parts.reason', type: 'textarea', required: false }] }
}

export const FINDING_ACTIONS = {
  RESPOND: { path: 'respond', fields: [{ name: 'text', label: 'parts.response', type: 'textarea', required: true }] },
  RETURN: { path: 'return', fields: [{ name: 'text', label: 'parts.returnReason', type: 'textarea', required: true }] },
  CLOSE: { path: 'close', fields: [{ name: 'text', label: 'parts.closingNote', type: 'textarea', required: false }] }
}

export const EMPTY_MISSING = { partNumber: '', partDescription: '', quantity: '1', vin: '', reason: '' }

/** The form's own checks: a part number or description, a quantity from 1, a reason. */
export function missingErrors(v) {
  const errors = {}
  if (!v.partNumber.trim() && !v.partDescription.trim()) errors.partNumber = 'parts.partOrDescription'
  if (!(Number(v.quantity) >= 1)) errors.quantity = 'validation.positive'
  if (!v.reason.trim()) errors.reason = 'validation.required'
  return errors
}

export function missingBody(v) {
  const text = s => (s.trim() === '' ? null : s.trim())
  return { partNumber: text(v.partNumber), partDescription: text(v.partDescription), quantity: Number(v.quantity),
    vin: text(v.vin.toUpperCase()), reason: v.reason.trim() }
}

export const EMPTY_AUDIT = { dealer: '', auditedOn: '', auditorKind: 'OWN_STAFF', auditor: '', summary: '', findings: '' }

/** An audit as the API takes it: one finding per non-empty line. */
export function auditBody(v) {
  return { dealer: v.dealer.trim(), auditedOn: v.auditedOn || null, auditorKind: v.auditorKind,
    auditor: v.auditor.trim() || null, summary: v.summary.trim() || null,
    findings: v.findings.split('\n').map(f => f.trim()).filter(f => f) }
}

export function auditErrors(v) {
  const errors = {}
  if (!v.dealer.trim()) errors.dealer = 'validation.required'
  if (!v.auditedOn) errors.auditedOn = 'validation.required'
  if (v.auditorKind === 'THIRD_PARTY' && !v.auditor.trim()) errors.auditor = 'parts.nameThirdParty'
  return errors
}

/** A percentage as shown: two decimals and %, or a dash when nothing was asked. */
export function percent(value) {
  return value === null || value === undefined ? '—' : `${Number(value).toFixed(2)} %`
}
