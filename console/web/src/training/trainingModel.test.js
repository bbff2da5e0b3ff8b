import { describe, expect, it } from 'vitest'
import { importErrorsByRow, rosterChecks, wholeYears, yearsInRole } from './trainingModel.js'

describe('import errors', () => {
  it('are grouped by row in row order, the file-wide ones first', () => {
    const body = {
      errors: [
        { field: 'rows[4].role', message: 'one of …' }, { field: 'rows[3].hiredOn', message: 'a date' },
        { field: 'rows[4].inRoleSince', message: 'before hire' }, { field: 'file', message: 'not a workbook' }, { field: 'rows[1]', message: 'unknown column' }
      ]
    }
    expect(importErrorsByRow(body)).toEqual([
      { row: null, errors: [{ column: 'file', message: 'not a workbook' }] },
      { row: 1, errors: [{ column: null, message: 'unknown column' }] },
      { row: 3, errors: [{ column: 'hiredOn', message: 'a date' }] },
      { row: 4, errors: [{ column: 'role', message: 'one of …' }, { column: 'inRoleSince', message: 'before hire' }] }
    ])
  })

  it('take a problem naming one field too', () => {
    expect(importErrorsByRow({ field: 'file', detail: 'too large' })).toEqual([{ row: null, errors: [{ column: 'file', message: 'too large' }] }])
  })
})

describe('years in a role', () => {
  it('count whole years, the anniversary included', () => {
    expect(wholeYears('2023-03-15', '2026-03-14')).toBe(2)
    expect(wholeYears('2023-03-15', '2026-03-15')).toBe(3)
  })

  it('stop at the last day in the role', () => {
    expect(yearsInRole({ inRoleSince: '2018-01-01', leftOn: '2020-06-30' }, '2026-01-01')).toBe(2)
    expect(yearsInRole({ inRoleSince: '2018-01-01' }, '2026-01-01')).toBe(8)
  })
})

describe('the roster form', () => {
  it('names each wrong field', () => {
    expect(rosterChecks({ staffNumber: 'a b', name: '', hiredOn: '2024-05-01', inRoleSince: '2024-01-01', mobile: '12x' })).toEqual({
      staffNumber: 'roster.staffNumberPattern', name: 'validation.required', mobile: 'roster.mobilePattern', inRoleSince: 'roster.beforeHire'
    })
    expect(rosterChecks({ staffNumber: 'AU-1', name: '王', hiredOn: '2024-05-01', role: 'TECHNICIAN' })).toEqual({})
  })
})
