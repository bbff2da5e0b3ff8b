import { useEffect, useState } from 'react'
import { api, TENANT_ADMIN } from '../app/api.js'
import { nameWithCode, namesByCode } from './directory.js'

// One read of the directory per page load: lists show many rows of the same few dealers.
let loading = null

function loadDirectory() {
  if (!loading) {
    // The directory answers within the caller's reach; a dealer or region out of it shows by its code.
    const read = path => api.get(`${TENANT_ADMIN}/${path}`).catch(() => [])
    loading = Promise.all([read('dealers'), read('regions')])
      .then(([dealers, regions]) => ({ dealers: namesByCode(dealers), regions: namesByCode(regions) }))
  }
  return loading
}

/** Names of dealers and regions: `dealer(code)` reads "Name (CODE)", as does `region(code)`. */
export function useDirectory() {
  const [names, setNames] = useState({ dealers: new Map(), regions: new Map() })
  useEffect(() => {
    let current = true
    loadDirectory().then(loaded => current && setNames(loaded))
    return () => { current = false }
  }, [])
  return { dealer: code => nameWithCode(code, names.dealers), region: code => nameWithCode(code, names.regions), names }
}

/** Forgets the directory, after a dealer was created, renamed or moved. */
export function forgetDirectory() {
  loading = null
}
