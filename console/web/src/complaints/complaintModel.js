// What a complaint is made of, as the API names it, and the forms of its steps.
import { rules } from '../ui/validation.js'

export const COMPLAINT_STATES = ['RECORDED', 'DISPATCHED', 'IN_PROGRESS', 'DELAYED', 'CLOSED', 'CALLED_BACK']
export const SOURCES = ['HOTLINE', 'WEBSITE', 'LETTER', 'EMAIL', 'MEDIA', 'GOVERNMENT', 'OEM_CALLBACK']
export const CATEGORIES = ['PRODUCT_QUALITY', 'SERVICE_QUALITY', 'PARTS_SUPPLY']
export const FAULT_CATEGORIES = ['ENGINE', 'TRANSMISSION', 'ELECTRICAL', 'BRAKES', 'STEERING_SUSPENSION', 'AIR_CONDITIONING', 'BODY_PAINT',
  'NOISE_VIBRATION', 'INFOTAINMENT', 'FIRE', 'ACCIDENT', 'SERVICE_ATTITUDE', 'REPAIR_QUALITY', 'PARTS_AVAILABILITY', 'OTHER']
/** What is not a closure: filed as a delay, with progress. */
export const NON_CLOSURE_REASONS = ['CALMED_NOT_REPAIRED', 'WILL_COME_WHEN_FREE', 'CALMED_STILL_UNSATISFIED', 'WAITING_FOR_PARTS',
  'CUSTOMER_TRAVELLING', 'PARTS_ORDERED_FROM_OEM', 'PART_OUT_OF_STOCK', 'OTHER']

const note = { name: 'note', label: 'complaints.note', type: 'textarea', required: true }

/**
 * Each step the API may allow on a complaint: its endpoint, the fields of its form (`group` names
 * the labels of a select's options), and what the body always says.
 */
export const COMPLAINT_ACTIONS = {
  DISPATCH: { path: 'dispatch', fields: [] },
  CONTACT: { path: 'contact', fields: [note] },
  REPORT_PROGRESS: { path: 'progress', fields: [note] },
  UPDATE_CUSTOMER: { path: 'customer-update', fields: [note] },
  REPLY: { path: 'reply', fields: [note] },
  FILE_DELAY: {
    path: 'delay', fields: [
      { name: 'reason', label: 'complaints.delayReason', type: 'select', options: NON_CLOSURE_REASONS, group: 'nonClosure', required: true },
      { name: 'progress', label: 'complaints.progress', type: 'textarea', required: true }]
  },
  CLOSE: {
    path: 'close', hint: 'complaints.closeHint', fields: [
      { name: 'outcome', label: 'complaints.closureOutcome', type: 'select', options: ['FIXED_AND_SATISFIED'], group: 'closureOutcome', required: true },
      { name: 'resolution', label: 'complaints.resolution', type: 'textarea', required: true }]
  },
  CONFIRM_CLOSURE: {
    path: 'callback', fields: [
      { name: 'outcome', label: 'complaints.callbackOutcome', type: 'select', options: ['SATISFIED'], group: 'callbackOutcome', required: true },
      { name: 'note', label: 'complaints.note', type: 'textarea' }]
  },
  REPORT_FALSE_CLOSURE: {
    path: 'callback', hint: 'complaints.falseClosureHint', fields: [
      { name: 'outcome', label: 'complaints.callbackOutcome', type: 'select', options: ['NOT_REPAIRED', 'UNSATISFIED'], group: 'callbackOutcome', required: true },
      { name: 'note', label: 'complaints.note', type: 'textarea' }]
  }
}

/** A step's form as it starts: the first option of each select, empty text. */
export function initialValues(spec) {
  return Object.fromEntries(spec.fields.map(f => [f.name, f.type === 'select' ? f.options[0] : '']))
}

/** The checks of a step's form: its required fields. */
export function actionErrors(spec, values) {
  const errors = {}
  for (const f of spec.fields) {
    if (f.required && rules.required(values[f.name])) errors[f.name] = 'validation.required'
    else if (f.type === 'number' && values[f.name] !== '' && rules.positive(values[f.name])) errors[f.name] = 'validation.positive'
  }
  return errors
}

/** The body a step sends: trimmed text, numbers as numbers, empty optional fields as null. */
export function actionBody(spec, values) {
  const body = { ...(spec.body || {}) }
  for (const f of spec.fields) {
    const raw = values[f.name]
    const text = typeof raw === 'string' ? raw.trim() : raw
    body[f.name] = text === '' || text === undefined ? null : f.type === 'number' ? Number(text) : text
  }
  return body
}

/** The emergency and media details, as the form keeps them (flat, named as the API's fields). */
export const EMERGENCY_FIELDS = ['emergency.insuranceStatus', 'emergency.aftermarketModifications', 'emergency.policeReport']
export const MEDIA_FIELDS = ['media.mediaName', 'media.column', 'media.reporterName', 'media.reporterContact']
const OPTIONAL = ['description', 'media.column']

export const EMPTY_COMPLAINT = {
  dealer: '', source: 'HOTLINE', category: 'PRODUCT_QUALITY', customerName: '', customerPhone: '', vin: '', model: '',
  faultCategory: 'ENGINE', subject: '', description: '', isEmergency: false, isMedia: false,
  ...Object.fromEntries([...EMERGENCY_FIELDS, ...MEDIA_FIELDS].map(f => [f, '']))
}

/** What a recorded complaint must say, as the API checks it: the flagged details only with their flag. */
export function complaintErrors(v) {
  const errors = {}
  const fields = ['dealer', 'customerName', 'customerPhone', 'vin', 'model', 'subject',
    ...(v.isEmergency ? EMERGENCY_FIELDS : []), ...(v.isMedia ? MEDIA_FIELDS : [])]
  for (const f of fields) {
    if (!OPTIONAL.includes(f) && rules.required(v[f])) errors[f] = 'validation.required'
  }
  if (!errors.vin && rules.vin(v.vin)) errors.vin = 'validation.vin'
  if (!errors.customerPhone && !/^\+?[0-9][0-9 -]{5,19}$/.test(v.customerPhone.trim())) errors.customerPhone = 'complaints.phonePattern'
  if (!errors.subject && rules.maxLength(200)(v.subject)) errors.subject = ['validation.maxLength', { max: 200 }]
  return errors
}

/** The API's body of a recorded complaint: the emergency and media objects only when flagged. */
export function complaintBody(v) {
  const text = name => (v[name] || '').trim()
  const nested = fields => Object.fromEntries(fields.map(f => [f.split('.')[1], text(f) || null]))
  return {
    dealer: text('dealer'), source: v.source, category: v.category, customerName: text('customerName'),
    customerPhone: text('customerPhone'), vin: text('vin').toUpperCase(), model: text('model'), faultCategory: v.faultCategory,
    subject: text('subject'), description: text('description') || null,
    emergency: v.isEmergency ? nested(EMERGENCY_FIELDS) : null,
    media: v.isMedia ? nested(MEDIA_FIELDS) : null
  }
}
