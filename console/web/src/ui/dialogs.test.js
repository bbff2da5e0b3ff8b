import { describe, expect, it } from 'vitest'
import { closeOnEscape, wrapFocus } from './controls.jsx'

describe('dialogs', () => {
  it('close on Esc and on nothing else', () => {
    let closed = 0
    const handler = closeOnEscape(() => { closed += 1 })
    handler({ key: 'Enter', stopPropagation() {} })
    handler({ key: 'Escape', stopPropagation() {} })
    expect(closed).toBe(1)
  })
})

describe('the focus in a dialog', () => {
  const [a, b, c] = ['first', 'middle', 'last']
  it('wraps from the last control to the first and back', () => {
    expect(wrapFocus([a, b, c], c, false)).toBe(a)
    expect(wrapFocus([a, b, c], a, true)).toBe(c)
  })
  it('leaves the steps inside to the browser', () => {
    expect(wrapFocus([a, b, c], a, false)).toBeNull()
    expect(wrapFocus([a, b, c], c, true)).toBeNull()
  })
  it('comes back into the dialog from outside, and has nowhere to go in an empty one', () => {
    expect(wrapFocus([a, b, c], 'elsewhere', false)).toBe(a)
    expect(wrapFocus([], a, false)).toBeNull()
  })
})
