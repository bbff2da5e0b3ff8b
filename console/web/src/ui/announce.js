// The success message after an action: pages announce it, one live region shows and reads it out.

const listeners = new Set()

/** Says that an action went through; the message shows at the top of the page and screen readers read it. */
export function announce(message) {
  listeners.forEach(listener => listener(message))
}

/** Listens to announcements; returns the way to stop listening. */
export function onAnnounce(listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
