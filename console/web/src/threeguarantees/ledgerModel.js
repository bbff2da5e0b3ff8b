// What the ledger panel draws from the server's ledger: badge colour, reasons in the reader's language, counts.

const BADGE = { NONE: '', YELLOW: 'tg-yellow', ORANGE: 'tg-orange', RED: 'tg-red' }

/** The CSS class of the warning badge of a level. */
export function badgeClass(level) {
  return `badge tg ${BADGE[level] ?? ''}`.trim()
}

/** The ledger's reasons in the language, the warnings (highest first) before the loaner notices. */
export function reasonTexts(ledger, language) {
  const text = reason => (language === 'en' ? reason.en : reason.zh)
  return (ledger?.reasons ?? []).map(text)
}

/** "EN-101 × 3" lines of a count map, highest first. */
export function countLines(counts) {
  return Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, n]) => `${key} × ${n}`)
}

/** A ledger answer of 404 means the network knows nothing of the VIN yet: no panel, no error. */
export async function orNothing(promise) {
  try {
    return await promise
  } catch (problem) {
    if (problem?.status === 404) return null
    throw problem
  }
}
