import { describe, expect, it } from 'vitest'
import { initialLanguage, rememberLanguage, translate } from './translate.js'
import { messages } from './messages.js'

const memory = () => { const m = new Map(); return { getItem: k => m.get(k) ?? null, setItem: (k, v) => m.set(k, v) } }

describe('translation', () => {
  it('fills in parameters', () => {
    expect(translate({ en: { n: '{count} claims' } }, 'en', 'n', { count: 3 })).toBe('3 claims')
  })

  it('falls back to English, then to the key', () => {
    expect(translate({ en: { a: 'A' }, 'zh-CN': {} }, 'zh-CN', 'a')).toBe('A')
    expect(translate({ en: {} }, 'en', 'missing.key')).toBe('missing.key')
  })

  it('remembers the chosen language over the browser\'s', () => {
    const storage = memory()
    expect(initialLanguage(storage, ['en-GB'])).toBe('en')
    rememberLanguage(storage, 'zh-CN')
    expect(initialLanguage(storage, ['en-GB'])).toBe('zh-CN')
  })

  it('has every English message in Chinese, and no Chinese message without its English one', () => {
    const english = Object.keys(messages.en).sort()
    expect(Object.keys(messages['zh-CN']).sort()).toEqual(english)
  })
})
