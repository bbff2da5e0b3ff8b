import { describe, expect, it } from 'vitest'
import { exportQuery, fileNameOf } from './download.js'
import { exportEn, exportZh } from './messages.js'
import { messages } from '../i18n/messages.js'

describe('exportQuery', () => {
  it('keeps the filters, drops the page, adds the format and language', () => {
    expect(exportQuery({ state: 'SUBMITTED', dealer: 'aurora-e01', page: 3, size: 20 }, 'xlsx', 'zh-CN'))
      .toEqual({ state: 'SUBMITTED', dealer: 'aurora-e01', format: 'xlsx', lang: 'zh-CN' })
  })
  it('works without filters', () => {
    expect(exportQuery(undefined, 'csv', 'en')).toEqual({ format: 'csv', lang: 'en' })
  })
})

describe('fileNameOf', () => {
  it('reads the quoted file name', () => {
    expect(fileNameOf('attachment; filename="warranty-claims.csv"', 'x.csv')).toBe('warranty-claims.csv')
  })
  it('reads an unquoted one', () => {
    expect(fileNameOf('attachment; filename=statement.pdf', 'x.pdf')).toBe('statement.pdf')
  })
  it('falls back without a header', () => {
    expect(fileNameOf(null, 'export.xlsx')).toBe('export.xlsx')
  })
})

describe('export messages', () => {
  it('say the same keys in both languages and reach the console', () => {
    expect(Object.keys(exportZh).sort()).toEqual(Object.keys(exportEn).sort())
    for (const key of Object.keys(exportEn)) {
      expect(messages.en[key]).toBe(exportEn[key])
      expect(messages['zh-CN'][key]).toBe(exportZh[key])
    }
  })
})
