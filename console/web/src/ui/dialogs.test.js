import { describe, expect, it } from 'vitest'
import { closeOnEscape } from './controls.jsx'

describe('dialogs', () => {
  it('close on Esc and on nothing else', () => {
    let closed = 0
    const handler = closeOnEscape(() => { closed += 1 })
    handler({ key: 'Enter', stopPropagation() {} })
    handler({ key: 'Escape', stopPropagation() {} })
    expect(closed).toBe(1)
  })
})
