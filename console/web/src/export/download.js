// Exports are fetched with the bearer token and handed to the browser as a file: fetch → blob → object
// address → a download link clicked from script (no inline script or style, as the console's CSP demands).
import { queryString } from '../app/api.js'
import { ApiProblem } from '../app/problem.js'
import { accessToken } from '../app/session.js'

/** The list's own filters with the export's format and language; the page and its size are left out. */
export function exportQuery(query, format, language) {
  const { page, size, ...filters } = query || {}
  return { ...filters, format, lang: language }
}

/** The file name a Content-Disposition header gives, or the fallback. */
export function fileNameOf(contentDisposition, fallback) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition || '')
  return match ? decodeURIComponent(match[1].trim()) : fallback
}

/** Fetches the export and saves it; a refusal is thrown as an ApiProblem with the server's problem body. */
export async function download(path, query, fallbackName) {
  const response = await fetch(path + queryString(query), { headers: { Authorization: `Bearer ${await accessToken()}` } })
  if (!response.ok) {
    const text = await response.text()
    let body
    try { body = JSON.parse(text) } catch { body = { detail: text || response.statusText } }
    throw new ApiProblem(response.status, body)
  }
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName)
    link.hidden = true
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
