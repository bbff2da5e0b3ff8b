import { useEffect, useState } from 'react'
import { parseRoute, routeHref } from './routes.js'

export function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', changed)
    return () => window.removeEventListener('hashchange', changed)
  }, [])
  return route
}

export function navigate(page, id, query) {
  window.location.hash = routeHref(page, id, query)
}
