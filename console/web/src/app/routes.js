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

/** The page of a case by its type: a search result or a queue row opens there; types without a page of their own open the generic case page. */
export function caseHref(item) {
  switch (item?.type) {
    case 'WARRANTY': return routeHref('claims', item.id)
    case 'ACCOUNT_REQUEST': return routeHref('accountRequests', item.id)
    case 'COMPLAINT': return routeHref('complaints', item.id)
    case 'GOODWILL': return routeHref('goodwill', item.id)
    case 'CERTIFICATION': return routeHref('certifications', item.id)
    case 'PRE_AUTHORISATION': return routeHref('preAuthorisations')
    case 'TRAINING': return routeHref('trainingNeeds', item.id)
    case 'MISSING_PART': return routeHref('missingParts', item.id)
    case 'PARTS_ORDER': return routeHref('partsOrders', item.id)
    default: return routeHref('cases', item?.id)
  }
}

/** The browser tab's title for a page: its name in the menu, then the product; the product alone for pages off the menu. */
export function pageTitle(page, t) {
  const key = `menu.${page}`
  const name = t(key)
  return name && name !== key ? `${name} · DealerHub` : 'DealerHub'
}
