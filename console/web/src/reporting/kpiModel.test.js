import { describe, expect, it } from 'vitest'
import { distribution, formatValue, niceMax, ranking, recordsQuery, trendLines, withoutData } from './kpiModel.js'

const period = key => ({ key, from: `${key}-01`, to: `${key}-28` })
const figure = (code, key, value, extra = {}) => ({ group: { code, name: code.toUpperCase() }, period: period(key), value, noData: value === null, count: 1, base: 2, ...extra })
const report = (rows, network, unit = 'SHARE', groupBy = 'DEALER') => ({ kpi: { code: 'APPOINTMENT_RATE', unit }, groupBy, rows, network })

describe('KPI figures', () => {
  it('shows no data apart from zero and each unit its way', () => {
    expect(formatValue({ value: 0, noData: false }, 'SHARE')).toBe('0.0 %')
    expect(formatValue({ value: null, noData: true }, 'SHARE')).toBeNull()
    expect(formatValue({ value: 0.756, noData: false }, 'SHARE')).toBe('75.6 %')
    expect(formatValue({ value: 48, noData: false }, 'HOURS')).toBe('48.0 h')
    expect(formatValue({ value: 57.5, noData: false }, 'SCORE')).toBe('57.5')
  })

  it('draws a line per row and the network, broken where a period has no data', () => {
    const r = report([figure('d1', '2026-09', 0.5), figure('d1', '2026-10', null), figure('d1', '2026-11', 1)],
      [figure('aurora', '2026-09', 0.4), figure('aurora', '2026-10', 0.6), figure('aurora', '2026-11', 0.8)])
    const { lines, top, periods } = trendLines(r)
    expect(top).toBe(1)
    expect(periods).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(lines[0].segments).toEqual([[{ x: 0, y: 0.5 }], [{ x: 1, y: 1 }]])
    expect(lines[1].code).toBe('__network')
    expect(lines[1].segments[0]).toHaveLength(3)
  })

  it('ranks rows with data, keeps rows without data apart, and ranks times lowest first', () => {
    const r = report([figure('d1', '2026-10', 30), figure('d2', '2026-10', 10), figure('d3', '2026-10', null)], [], 'HOURS')
    expect(ranking(r, true).bars.map(b => b.code)).toEqual(['d2', 'd1'])
    expect(ranking(r).bars.map(b => b.code)).toEqual(['d1', 'd2'])
    expect(ranking(r).top).toBe(30)
    expect(withoutData(r).map(g => g.code)).toEqual(['d3'])
  })

  it('spreads the rows over ten buckets of the scale', () => {
    const r = report([figure('d1', 'x', 0.05), figure('d2', 'x', 0.07), figure('d3', 'x', 1), figure('d4', 'x', null)], [])
    const buckets = distribution(r)
    expect(buckets).toHaveLength(10)
    expect(buckets[0].count).toBe(2)
    expect(buckets[9].count).toBe(1)
    expect(buckets[0].height).toBe(1)
  })

  it('rounds a scale up to one significant digit', () => {
    expect(niceMax(37, 'HOURS')).toBe(40)
    expect(niceMax(0.3, 'SCORE')).toBe(100)
  })

  it('asks for the records behind a figure by its row and days', () => {
    const r = report([], [], 'SHARE', 'REASON')
    expect(recordsQuery(r, figure('LaborWithinFlatRate', '2026-10', 0.2), 'NUMERATOR'))
      .toEqual({ kpi: 'APPOINTMENT_RATE', side: 'NUMERATOR', from: '2026-10-01', to: '2026-10-28', reason: 'LaborWithinFlatRate' })
  })
})
