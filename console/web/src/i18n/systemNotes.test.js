import { describe, expect, it } from 'vitest'
import { messages } from './messages.js'
import { translate } from './translate.js'
import { saySystemNote } from './systemNotes.js'

const inLanguage = language => ({
  language,
  t: (key, params) => translate(messages, language, key, params),
  label: (group, value) => messages[language][`${group}.${value}`] ?? value
})

describe('notes the server writes into a timeline', () => {
  it('say an adjustment in Chinese, keeping the person\'s own note', () => {
    expect(saySystemNote('amount adjusted to 1160.00: labour over flat rate', inLanguage('zh-CN'))).toBe('金额调整为 1160.00：labour over flat rate')
  })

  it('say an auto-adjudication outcome in Chinese', () => {
    expect(saySystemNote('RETURNED (rules v3) — LaborWithinFlatRate: operation X: 2 h claimed', inLanguage('zh-CN')))
      .toMatch(/^.+（规则版本 3）；原因见自动审核结果$/)
  })

  it('leave a person\'s note and English as they are', () => {
    expect(saySystemNote('customer called twice', inLanguage('zh-CN'))).toBe('customer called twice')
    expect(saySystemNote('PASSED (rules v3)', inLanguage('en'))).toBe('PASSED (rules v3)')
  })
})
