import { describe, expect, it } from 'vitest'
import { actionBody, actionErrors, COMPLAINT_ACTIONS, complaintBody, complaintErrors, EMPTY_COMPLAINT, initialValues } from './complaintModel.js'

const complete = {
  ...EMPTY_COMPLAINT, dealer: ' aurora-e01 ', customerName: 'Wei Lan', customerPhone: '138 0000 1234', vin: 'lgwee4a54ne123456',
  model: 'S3', subject: '发动机异响', description: ''
}

describe('complaint steps', () => {
  it('have an endpoint and a form for every action the API names', () => {
    expect(Object.keys(COMPLAINT_ACTIONS)).toEqual(['DISPATCH', 'CONTACT', 'REPORT_PROGRESS', 'UPDATE_CUSTOMER', 'REPLY', 'FILE_DELAY', 'CLOSE',
      'CONFIRM_CLOSURE', 'REPORT_FALSE_CLOSURE'])
    expect(COMPLAINT_ACTIONS.UPDATE_CUSTOMER.path).toBe('customer-update')
    expect(COMPLAINT_ACTIONS.REPLY.path).toBe('reply')
    expect(COMPLAINT_ACTIONS.REPORT_FALSE_CLOSURE.path).toBe('callback')
  })

  it('ask for the note, and send it trimmed', () => {
    const spec = COMPLAINT_ACTIONS.CONTACT
    expect(actionErrors(spec, initialValues(spec))).toEqual({ note: 'validation.required' })
    expect(actionBody(spec, { note: '  called the customer ' })).toEqual({ note: 'called the customer' })
  })

  it('file a delay with a non-closure reason and the progress', () => {
    const spec = COMPLAINT_ACTIONS.FILE_DELAY
    expect(initialValues(spec)).toEqual({ reason: 'CALMED_NOT_REPAIRED', progress: '' })
    expect(actionBody(spec, { reason: 'WAITING_FOR_PARTS', progress: 'arrives Friday' })).toEqual({ reason: 'WAITING_FOR_PARTS', progress: 'arrives Friday' })
  })

  it('close only as fixed and satisfied; a callback note is optional', () => {
    expect(COMPLAINT_ACTIONS.CLOSE.fields[0].options).toEqual(['FIXED_AND_SATISFIED'])
    const callback = COMPLAINT_ACTIONS.REPORT_FALSE_CLOSURE
    expect(actionErrors(callback, initialValues(callback))).toEqual({})
    expect(actionBody(callback, { outcome: 'NOT_REPAIRED', note: ' ' })).toEqual({ outcome: 'NOT_REPAIRED', note: null })
    expect(actionBody(COMPLAINT_ACTIONS.DISPATCH, {})).toEqual({})
  })
})

describe('recording a complaint', () => {
  it('asks for what the API needs', () => {
    const errors = complaintErrors(EMPTY_COMPLAINT)
    expect(Object.keys(errors).sort()).toEqual(['customerName', 'customerPhone', 'dealer', 'model', 'subject', 'vin'])
    expect(complaintErrors({ ...complete, vin: 'TOO-SHORT', customerPhone: 'call me' })).toEqual({ vin: 'validation.vin', customerPhone: 'complaints.phonePattern' })
  })

  it('asks for the emergency and media details only when flagged, the column being optional', () => {
    expect(complaintErrors(complete)).toEqual({})
    expect(Object.keys(complaintErrors({ ...complete, isEmergency: true }))).toEqual(
      ['emergency.insuranceStatus', 'emergency.aftermarketModifications', 'emergency.policeReport'])
    expect(Object.keys(complaintErrors({ ...complete, isMedia: true }))).toEqual(['media.mediaName', 'media.reporterName', 'media.reporterContact'])
  })

  it('sends the flagged details nested, and nothing for an unflagged one', () => {
    const body = complaintBody({ ...complete, isMedia: true, 'media.mediaName': '汽车之家', 'media.reporterName': 'Li', 'media.reporterContact': 'li@example.com',
      'emergency.policeReport': 'typed, then unflagged' })
    expect(body).toMatchObject({ dealer: 'aurora-e01', vin: 'LGWEE4A54NE123456', description: null, emergency: null })
    expect(body.media).toEqual({ mediaName: '汽车之家', column: null, reporterName: 'Li', reporterContact: 'li@example.com' })
  })
})
