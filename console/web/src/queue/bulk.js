// Deciding several claims at once, and going on to the next one: the parts without a page.

export const PAGE_SIZES = [10, 20, 50, 100]

/** The page size the address asks for, or 20: only the sizes the menu offers. */
export function pageSize(query) {
  const size = Number(query?.size)
  return PAGE_SIZES.includes(size) ? size : 20
}

/**
 * Sends one decision per claim, one after the other (each its own request: one refusal stops no other),
 * and answers each claim's outcome: {id, number, ok, message}.
 */
export async function decideEach(claims, send, messageOf = error => error?.message || String(error)) {
  const outcomes = []
  for (const claim of claims) {
    try {
      await send(claim)
      outcomes.push({ id: claim.id, number: claim.number, ok: true })
    } catch (error) {
      outcomes.push({ id: claim.id, number: claim.number, ok: false, message: messageOf(error) })
    }
  }
  return outcomes
}

/** How many went through and how many were refused. */
export function tally(outcomes) {
  const done = outcomes.filter(o => o.ok).length
  return { done, refused: outcomes.length - done }
}

/** The sum of the claimed amounts of the chosen claims, to the cent. */
export function claimedSum(claims) {
  return Math.round(claims.reduce((sum, c) => sum + Number(c.claimedAmount || 0), 0) * 100) / 100
}

const KEY = 'dealerhub.queue'

/** Remembers the queue's claims in the order shown, so a claim page can offer the next one. */
export function rememberQueue(ids, storage = globalThis.sessionStorage) {
  try { storage?.setItem(KEY, JSON.stringify(ids)) } catch { /* private mode: no "next" then */ }
}

export function rememberedQueue(storage = globalThis.sessionStorage) {
  try {
    const ids = JSON.parse(storage?.getItem(KEY) || '[]')
    return Array.isArray(ids) ? ids : []
  } catch {
    return []
  }
}

/** The claim after `id` in the remembered queue, or null (the last one, or one not opened from the queue). */
export function nextInQueue(ids, id) {
  const at = ids.indexOf(id)
  return at >= 0 && at + 1 < ids.length ? ids[at + 1] : null
}
