import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../app/problem.js'
import {
  cancelBody, EMPTY_ORDER, entryBody, entryErrors, lineErrorsByNumber, orderBody, orderErrors, percent, pricedLines,
  quantityError, reasonIn, receiveBody, receiveForm, runningCampaigns, runTotals, shortfall, shortfallIn, warehouseError, warehousesOf
} from './partsModel.js'

const order = changes => ({ ...EMPTY_ORDER, ...changes })
const line = (partNumber, quantity) => ({ partNumber, quantity })

describe('a new parts order', () => {
  it('asks a VOR order for its VIN and repair order, a campaign order for its campaign, a stock order for neither', () => {
    expect(orderErrors(order({ lines: [line('P-10001', '2')] }))).toEqual({})
    expect(orderErrors(order({ kind: 'VOR', lines: [line('P-10001', '2')] })))
      .toEqual({ vin: 'validation.required', repairOrder: 'validation.required' })
    expect(orderErrors(order({ kind: 'VOR', vin: 'LAURA0E01', repairOrder: 'RO-1', lines: [line('P-10001', '2')] }))).toEqual({ vin: 'validation.vin' })
    expect(orderErrors(order({ kind: 'CAMPAIGN', lines: [line('P-10001', '2')] }))).toEqual({ campaignCode: 'validation.required' })
  })

  it('names each wrong line under the API\'s field names', () => {
    const errors = orderErrors(order({ lines: [line('P-10001', '0'), line(' P-10001 ', '1.5'), line('', '3')] }))
    expect(errors['lines[0].quantity']).toEqual(['parts.wholeNumber', { min: 1, max: 100000 }])
    expect(errors['lines[1].partNumber']).toBe('parts.partTwice')
    expect(errors['lines[1].quantity']).toBeTruthy()
    expect(errors['lines[2].partNumber']).toBe('validation.required')
    expect(orderErrors(order({ lines: [] }))).toEqual({ lines: 'parts.linesRequired' })
  })

  it('sends only the kind\'s citation, trimmed, with numbers as numbers', () => {
    const values = order({ kind: 'VOR', vin: ' laura0e01a0000001 ', repairOrder: ' RO-9 ', campaignCode: 'RC-1', lines: [line(' P-10001 ', '3')] })
    expect(orderBody(values, 'console-1')).toEqual({
      kind: 'VOR', idempotencyKey: 'console-1', vin: 'LAURA0E01A0000001', repairOrder: 'RO-9', campaignCode: null, note: null,
      lines: [{ partNumber: 'P-10001', quantity: 3 }]
    })
    expect(orderBody(order({ kind: 'STOCK', vin: 'X', lines: [line('P-1', '1')] }), 'k').vin).toBeNull()
  })

  it('prices the lines from the catalogue in fen, leaving unknown parts out of the total', () => {
    const parts = [{ number: 'P-10001', description: '阀体', unitPrice: 0.1 }, { number: 'P-20001', description: 'Pads', unitPrice: '0.2' }]
    const priced = pricedLines([line('P-10001', '3'), line('P-20001', '1'), line('P-X', '5')], parts)
    expect(priced.total).toBe(0.5)
    expect(priced.complete).toBe(false)
    expect(priced.lines[0]).toMatchObject({ description: '阀体', amount: 0.3 })
    expect(priced.lines[2]).toMatchObject({ unitPrice: null, amount: null })
  })

  it('shows the shortfall before sending, and reads the one the API names in its refusal', () => {
    expect(shortfall(150.1, '40.05')).toBe(110.05)
    expect(shortfall(10, 40)).toBe(0)
    const refusal = new ApiProblem(409, { detail: '150.00 exceeds the available deposit 40.00: shortfall 110.00', field: 'lines' })
    expect(shortfallIn(refusal)).toBe(110)
    expect(shortfallIn(new ApiProblem(400, { detail: 'bad' }))).toBeNull()
    expect(shortfallIn(null)).toBeNull()
  })

  it('offers only campaigns running today', () => {
    const campaigns = [{ code: 'A', validFrom: '2026-01-01', validTo: '2026-12-31' }, { code: 'B', validFrom: '2025-01-01', validTo: '2025-06-30' }]
    expect(runningCampaigns(campaigns, '2026-05-01').map(c => c.code)).toEqual(['A'])
  })
})

describe('a deposit entry', () => {
  it('takes an amount above 0 with at most two decimals and a reference', () => {
    expect(entryErrors({ kind: 'PAYMENT', amount: '', reference: '' })).toEqual({ amount: 'validation.required', reference: 'validation.required' })
    expect(entryErrors({ kind: 'PAYMENT', amount: '10.005', reference: 'x' })).toEqual({ amount: 'parts.amountFormat' })
    expect(entryErrors({ kind: 'PAYMENT', amount: '0', reference: 'x' })).toEqual({ amount: 'parts.amountFormat' })
    expect(entryErrors({ kind: 'RELEASE', amount: '5000.50', reference: 'BANK-1' })).toEqual({})
    expect(entryBody({ kind: 'RELEASE', amount: '5000.50', reference: ' BANK-1 ' })).toEqual({ kind: 'RELEASE', amount: 5000.5, reference: 'BANK-1' })
  })
})

describe('receiving and cancelling', () => {
  const lines = [{ lineNo: 1, shipped: 4 }, { lineNo: 2, shipped: 2 }]

  it('starts the receipt at what was shipped and sends every line in order', () => {
    const values = receiveForm(lines)
    expect(values).toEqual({ 'lines[1]': '4', 'lines[2]': '2' })
    expect(receiveBody(lines, { ...values, 'lines[2]': '1' }, ' ')).toEqual({ lines: [{ lineNo: 1, quantity: 4 }, { lineNo: 2, quantity: 1 }], note: null })
  })

  it('cancels only the lines given a quantity, and maps the API\'s positions back to line numbers', () => {
    const body = cancelBody(lines, { 'lines[2]': '2', 'lines[1]': '' }, 'not needed')
    expect(body).toEqual({ lines: [{ lineNo: 2, quantity: 2 }], reason: 'not needed' })
    expect(lineErrorsByNumber({ 'lines[0].quantity': 'at most the backorder, 1', lines: 'nothing to cancel' }, body.lines))
      .toEqual({ 'lines[2]': 'at most the backorder, 1', lines: 'nothing to cancel' })
  })

  it('checks quantities as whole numbers within bounds', () => {
    expect(quantityError('3')).toBeNull()
    expect(quantityError('')).toBe('validation.required')
    expect(quantityError('-1')).toBeTruthy()
    expect(quantityError('100001')).toBeTruthy()
  })
})

describe('an allocation run', () => {
  const results = [
    { tier: 'STOCK', asked: 6, allocated: 3 }, { tier: 'VOR', asked: 4, allocated: 4 }, { tier: 'STOCK', asked: 3, allocated: 2 }
  ]

  it('totals asked, allocated and short in all and per tier, in the run\'s order of tiers', () => {
    const totals = runTotals(results, ['VOR', 'CAMPAIGN', 'STOCK'])
    expect(totals).toMatchObject({ lines: 3, asked: 13, allocated: 9, short: 4 })
    expect(totals.byTier).toEqual([
      { tier: 'VOR', lines: 1, asked: 4, allocated: 4, short: 0 },
      { tier: 'STOCK', lines: 2, asked: 9, allocated: 5, short: 4 }
    ])
    expect(runTotals([], []).byTier).toEqual([])
  })

  it('explains each line in the console\'s language and shows shares as percentages', () => {
    const explained = { reasonEn: 'pro rata 1.6667', reasonZh: '按比例 1.6667' }
    expect(reasonIn(explained, 'zh-CN')).toBe('按比例 1.6667')
    expect(reasonIn(explained, 'en')).toBe('pro rata 1.6667')
    expect(reasonIn(null, 'en')).toBe('')
    expect(percent(0.6667)).toBe('66.7%')
    expect(percent(1)).toBe('100%')
  })

  it('lists the warehouses of the stock and checks a warehouse code as the API does', () => {
    expect(warehousesOf([{ warehouse: 'WH-SOUTH' }, { warehouse: 'WH-EAST' }, { warehouse: 'WH-EAST' }])).toEqual(['WH-EAST', 'WH-SOUTH'])
    expect(warehouseError('WH-EAST')).toBeNull()
    expect(warehouseError('wh east')).toBe('parts.warehouseFormat')
  })
})
