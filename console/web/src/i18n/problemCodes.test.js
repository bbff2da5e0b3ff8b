import { describe, expect, it } from 'vitest'
import codes from './problemCodes.json'
import { messages } from './messages.js'

// problemCodes.json is written from the server's ProblemCode (its test fails when the file is stale),
// so a code added on the server fails here until it is said in both languages.
const placeholders = text => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()

describe('the server\'s problem codes', () => {
  it('are listed', () => {
    expect(Object.keys(codes)).toContain('VIN_CHECK_DIGIT')
    expect(Object.keys(codes).length).toBeGreaterThan(50)
  })

  for (const language of ['zh-CN', 'en']) {
    it(`each have a translation in ${language} using exactly the code's parameters`, () => {
      const wrong = Object.entries(codes).filter(([code, { params }]) => {
        const text = messages[language][`problem.code.${code}`]
        return typeof text !== 'string' || text === '' || JSON.stringify(placeholders(text)) !== JSON.stringify([...params].sort())
      }).map(([code]) => code)
      expect(wrong).toEqual([])
    })
  }

  it('have Chinese that is not the English', () => {
    const untranslated = Object.keys(codes).filter(code => messages['zh-CN'][`problem.code.${code}`] === messages.en[`problem.code.${code}`])
    expect(untranslated).toEqual([])
  })
})
