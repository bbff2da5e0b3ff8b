import { describe, expect, it } from 'vitest'
import { daysAsLines, linesAsDays } from './calendarLines.js'

describe('calendar days as editable lines', () => {
  it('reads each line as a day and writes it back the same', () => {
    const text = '2027-01-01 HOLIDAY 元旦 New Year\n\n2027-02-07 WORKING_DAY 春节调休'
    const { days } = linesAsDays(text)
    expect(days).toEqual([
      { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦 New Year' },
      { day: '2027-02-07', kind: 'WORKING_DAY', name: '春节调休' }])
    expect(daysAsLines(days)).toBe('2027-01-01 HOLIDAY 元旦 New Year\n2027-02-07 WORKING_DAY 春节调休')
  })

  it('names the first line that is not a day', () => {
    expect(linesAsDays('2027-01-01 HOLIDAY x\n2027-13 HOLIDAY y')).toEqual({ error: '2027-13 HOLIDAY y' })
    expect(linesAsDays('2027-01-01 DAY_OFF x').error).toBe('2027-01-01 DAY_OFF x')
  })
})
