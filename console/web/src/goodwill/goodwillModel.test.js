import { describe, expect, it } from 'vitest'
import { actionBody } from '../complaints/complaintModel.js'
import { EMPTY_OFFER, GOODWILL_ACTIONS, missingEvidence, offerBody, offerErrors } from './goodwillModel.js'

describe('goodwill', () => {
  it('has an endpoint for every action the API names', () => {
    expect(Object.keys(GOODWILL_ACTIONS)).toEqual(['SUBMIT', 'CONFIRM', 'RETURN', 'REJECT', 'PAY'])
    expect(actionBody(GOODWILL_ACTIONS.SUBMIT, { requestedAmount: '4000.00' })).toEqual({ requestedAmount: 4000 })
    expect(actionBody(GOODWILL_ACTIONS.CONFIRM, { reason: '' })).toEqual({ reason: null })
    expect(GOODWILL_ACTIONS.RETURN.fields[0].required).toBe(true)
  })

  it('checks the FMC\'s conditions: a cap, shares adding up to 100, the text', () => {
    expect(offerErrors(EMPTY_OFFER)).toEqual({ capAmount: 'validation.required', conditions: 'validation.required' })
    expect(offerErrors({ ...EMPTY_OFFER, capAmount: '5000', oemSharePercent: '50', dealerSharePercent: '30', customerSharePercent: '10', conditions: 'x' }))
      .toEqual({ oemSharePercent: 'goodwill.sharesAddUp' })
    expect(offerErrors({ ...EMPTY_OFFER, capAmount: '-1', dealerSharePercent: '120', conditions: 'x' }))
      .toEqual({ capAmount: 'validation.positive', dealerSharePercent: 'goodwill.sharePercent' })
    expect(offerErrors({ ...EMPTY_OFFER, capAmount: '5000', oemSharePercent: '60', dealerSharePercent: '30', customerSharePercent: '10', conditions: 'x' })).toEqual({})
  })

  it('sends the conditions as numbers, for the complaint', () => {
    expect(offerBody('c1', { capAmount: '5000', oemSharePercent: '60', dealerSharePercent: '30', customerSharePercent: '10', conditions: ' half ' }))
      .toEqual({ complaint: 'c1', capAmount: 5000, oemSharePercent: 60, dealerSharePercent: 30, customerSharePercent: 10, conditions: 'half' })
  })

  it('names the evidence still missing before a submission', () => {
    expect(missingEvidence([])).toEqual(['SIGNED_AGREEMENT', 'INVOICE'])
    expect(missingEvidence([{ purpose: 'INVOICE' }, { purpose: 'PHOTO' }])).toEqual(['SIGNED_AGREEMENT'])
  })
})
