// Dealers and regions as people know them: by name, the code second.

/** code → name, from the directory's dealers or regions ({code, name}). */
export function namesByCode(entries) {
  return new Map((Array.isArray(entries) ? entries : []).filter(e => e && e.code).map(e => [e.code, e.name || '']))
}

/** "Name (CODE)"; the code alone when the name is not known (another network, or the directory out of reach). */
export function nameWithCode(code, names) {
  if (!code) return ''
  const name = names?.get(code)
  return name && name !== code ? `${name} (${code})` : code
}
