// RFC 9457 problem bodies from the API, turned into what a form shows next to each field, in the
// user's language: each message carries a stable `code` with `params` (i18n/problemCodes.json), said
// here from the catalogues. The server's English is shown only for a code the console does not know.
import { messages } from '../i18n/messages.js'
import { problemCodes } from '../i18n/problemMessages.js'
import { translate } from '../i18n/translate.js'

let currentLanguage = 'zh-CN'

/** The language problems are said in; the I18nProvider keeps it equal to the chosen one. */
export function setProblemLanguage(language) {
  currentLanguage = language
}

/** A refused request: the problem body, and the messages per field ("labor[0].hours" → "must be …"). */
export class ApiProblem extends Error {
  constructor(status, body) {
    super()
    this.status = status
    this.body = body || {}
  }

  get message() {
    return problemText(this.status, this.body, currentLanguage)
  }

  get fieldErrors() {
    return fieldErrors(this.body, currentLanguage)
  }
}

// What the status says when a response carries no problem body (a proxy's error page, a download).
const STATUS_CODES = { 400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NO_SUCH_ADDRESS', 405: 'METHOD_NOT_ALLOWED', 413: 'REQUEST_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' }

// Parameters that carry a word of the server's (a state, an action, a thing), said in the language where the catalogue knows it.
const PARAM_KEYS = {
  state: value => `state.${value}`,
  action: value => `action.${value.toUpperCase().replace(/ /g, '_')}`,
  noun: value => `problem.noun.${value}`,
  what: value => `problem.noun.${value}`
}

function paramsIn(params, language) {
  const said = {}
  for (const [name, value] of Object.entries(params || {})) {
    const key = PARAM_KEYS[name]?.(String(value))
    said[name] = key && messages[language]?.[key] ? messages[language][key] : value
  }
  return said
}

/**
 * One coded message ({code, params, message}) in the language. English shows the server's own text,
 * the most specific there is; another language the code's translation, or the English for an unknown code.
 */
export function sayCoded({ code, params, message }, language = currentLanguage) {
  const known = code && code in problemCodes
  if (!known || (language === 'en' && message)) return message ?? ''
  return translate(messages, language, `problem.code.${code}`, paramsIn(params, language))
}

/** The whole problem in one line for a banner: never an HTTP status number. */
export function problemText(status, body, language = currentLanguage) {
  if (body?.code) {
    const only = body.errors?.length === 1 ? body.errors[0] : null
    if (only) return `${only.field}: ${sayCoded(only, language)}`
    return sayCoded({ code: body.code, params: body.params, message: body.detail }, language)
  }
  if (body?.detail) return body.detail
  const code = STATUS_CODES[status] || (status >= 500 ? 'REQUEST_FAILED' : 'INVALID_REQUEST')
  return sayCoded({ code, params: {} }, language)
}

/** The messages of a problem body by field; a problem naming one field without a list counts too. */
export function fieldErrors(body, language = currentLanguage) {
  const errors = {}
  for (const e of body?.errors || []) {
    if (e.field) errors[e.field] = sayCoded(e, language)
  }
  if (body?.field && !errors[body.field]) {
    errors[body.field] = sayCoded({ code: body.code, params: body.params, message: body.detail || body.title }, language)
  }
  return errors
}

/** Messages of fields that no input on the form shows, so they are not lost. */
export function unplacedErrors(errors, placedFields) {
  return Object.entries(errors).filter(([field]) => !placedFields.includes(field)).map(([field, message]) => `${field}: ${message}`)
}
