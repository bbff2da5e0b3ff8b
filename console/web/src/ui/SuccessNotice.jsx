import { useEffect, useState } from 'react'
import { onAnnounce } from './announce.js'

const SHOWN_MS = 10000

/** The live region of success messages: always in the page (so screen readers hear each new one), empty between them. */
export function SuccessNotice() {
  const [message, setMessage] = useState({ text: '', at: 0 })
  useEffect(() => onAnnounce(text => setMessage({ text, at: Date.now() })), [])
  useEffect(() => {
    if (!message.text) return undefined
    const timer = setTimeout(() => setMessage({ text: '', at: 0 }), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [message])
  return (
    <div id="success-notice" role="status" aria-live="polite" className={message.text ? 'success-notice shown' : 'success-notice'}>
      {message.text}
    </div>
  )
}
