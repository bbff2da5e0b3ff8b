import { describe, expect, it } from 'vitest'
import { actionBody } from '../complaints/complaintModel.js'
import { GENERIC_CASE_ACTIONS } from './caseActions.js'

describe('generic case steps', () => {
  it('post their action to the transitions, with the note when one is typed', () => {
    expect(actionBody(GENERIC_CASE_ACTIONS.RESOLVE, { note: ' replaced the sensor ' }))
      .toEqual({ action: 'RESOLVE', note: 'replaced the sensor' })
    expect(actionBody(GENERIC_CASE_ACTIONS.START, {})).toEqual({ action: 'START', note: null })
    expect(GENERIC_CASE_ACTIONS.CLOSE.path).toBe('transitions')
  })
})
