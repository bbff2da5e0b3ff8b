// RFC 9457 problem bodies from the API, turned into what a form shows next to each field.

/** A refused request: the problem body, and the messages per field ("labor[0].hours" → "must be …"). */
export class ApiProblem extends Error {
  constructor(status, body) {
    super(body?.detail || body?.title || `HTTP ${status}`)
    this.status = status
    this.body = body || {}
    this.fieldErrors = fieldErrors(this.body)
  }
}

/** The messages of a problem body by field; a problem naming one field without a list counts too. */
export function fieldErrors(body) {
  const errors = {}
  for (const e of body?.errors || []) {
    if (e.field) errors[e.field] = e.message
  }
  if (body?.field && !errors[body.field]) errors[body.field] = body.detail || body.title
  return errors
}

/** Messages of fields that no input on the form shows, so they are not lost. */
export function unplacedErrors(errors, placedFields) {
  return Object.entries(errors).filter(([field]) => !placedFields.includes(field)).map(([field, message]) => `${field}: ${message}`)
}
