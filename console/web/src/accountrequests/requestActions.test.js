import { describe, expect, it } from 'vitest'
import { requestActions } from './requestActions.js'

describe('the buttons of an account request', () => {
  it('are the actions the server allows, in its order', () => {
    expect(requestActions(['CONFIRM', 'RETURN', 'REJECT'])).toEqual(['confirm', 'return', 'reject'])
    expect(requestActions(['SUBMIT'])).toEqual(['submit'])
    expect(requestActions([])).toEqual([])
  })

  it('leave batching to the list of confirmed requests', () => {
    expect(requestActions(['BATCH', 'RETURN', 'REJECT'])).toEqual(['return', 'reject'])
  })
})
