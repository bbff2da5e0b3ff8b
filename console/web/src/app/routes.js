// Pages are addressed by the fragment: #/claims/<id>, #/search?q=…; the server serves one page.

/** "#/claims/42?tab=x" → {page: 'claims', id: '42', query: {tab: 'x'}} */
export function parseRoute(hash) {
  const [path, search = ''] = (hash || '').replace(/^#\/?/, '').split('?')
  const [page = '', id = null, sub = null] = path.split('/').filter(Boolean).map(decodeURIComponent)
  return { page, id, sub, query: Object.fromEntries(new URLSearchParams(search)) }
}

/** The inverse of parseRoute; empty query values are left out. */
export function routeHref(page, id, query) {
  const params = new URLSearchParams(Object.entries(query || {}).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  const s = params.toString()
  return `#/${[page, id].filter(Boolean).map(encodeURIComponent).join('/')}${s ? `?${s}` : ''}`
}
