// The console's one way to the API: same origin, bearer token, JSON in and out,
// refusals as ApiProblem with the messages per field.
import { ApiProblem } from './problem.js'
import { accessToken } from './session.js'

async function request(method, path, { json, body, contentType, query } = {}) {
  const headers = { Authorization: `Bearer ${await accessToken()}`, Accept: 'application/json' }
  let payload = body
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(json)
  } else if (contentType) {
    headers['Content-Type'] = contentType
  }
  const response = await fetch(path + queryString(query), { method, headers, body: payload })
  const text = await response.text()
  const parsed = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text
  if (!response.ok) throw new ApiProblem(response.status, typeof parsed === 'object' ? parsed : { detail: parsed || response.statusText })
  return parsed
}

/** ?a=1&b=x&b=y from an object; empty values are left out. */
export function queryString(query) {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const v of [].concat(value)) {
      if (v !== undefined && v !== null && v !== '') params.append(key, v)
    }
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, json = {}) => request('POST', path, { json }),
  put: (path, json) => request('PUT', path, { json }),
  delete: path => request('DELETE', path),
  upload: (path, file, query) => request('POST', path, { body: file, contentType: file.type || 'application/octet-stream', query }),
  /** Fetches a file with the token and hands it to the browser as a download or a preview address. */
  async blob(path) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${await accessToken()}` } })
    if (!response.ok) throw new ApiProblem(response.status, { detail: response.statusText })
    return response.blob()
  }
}

export const PLATFORM = '/platform/api'
export const TENANT_ADMIN = '/tenant-admin/api'
export const REPORTING = '/reporting/api'
