// Checks a form runs as the user types. They mirror the API's own constraints; the API checks again.
import { todayIn } from './format.js'

export const rules = {
  required: value => (value === undefined || value === null || String(value).trim() === '' ? 'validation.required' : null),
  maxLength: max => value => (value && String(value).length > max ? ['validation.maxLength', { max }] : null),
  vin: value => (value && !/^[A-HJ-NPR-Z0-9]{17}$/i.test(String(value).trim()) ? 'validation.vin' : null),
  positive: value => (value !== '' && value !== undefined && !(Number(value) > 0) ? 'validation.positive' : null),
  atLeastZero: value => (value !== '' && value !== undefined && !(Number(value) >= 0) ? 'validation.atLeastZero' : null),
  notInFuture: value => (value && value > todayIn() ? 'validation.notInFuture' : null),
  email: value => (value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? 'validation.email' : null),
  pattern: (regex, key) => value => (value && !regex.test(value) ? key : null)
}

/** Runs each field's checks; the first failing one gives the field's message key (and its parameters). */
export function validate(values, checks) {
  const errors = {}
  for (const [field, fieldChecks] of Object.entries(checks)) {
    const value = field.split('.').reduce((v, k) => v?.[k], values)
    for (const check of fieldChecks) {
      const failure = check(value, values)
      if (failure) {
        errors[field] = failure
        break
      }
    }
  }
  return errors
}
