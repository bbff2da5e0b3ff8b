import { describe, expect, it } from 'vitest'
import { ApiProblem, fieldErrors, problemText, setProblemLanguage, unplacedErrors } from './problem.js'

describe('problem bodies', () => {
  it('maps each listed error to its field', () => {
    const errors = fieldErrors({ status: 400, errors: [{ field: 'vin', message: 'must be 17 characters' }, { field: 'labor[0].hours', message: 'must be greater than 0' }] })
    expect(errors).toEqual({ vin: 'must be 17 characters', 'labor[0].hours': 'must be greater than 0' })
  })

  it('takes the single field of a domain problem with its detail', () => {
    expect(fieldErrors({ status: 400, field: 'lockReason', detail: 'an unlock request must say why' }))
      .toEqual({ lockReason: 'an unlock request must say why' })
  })

  it('keeps the status and detail of the response', () => {
    const problem = new ApiProblem(409, { title: 'Conflict', detail: 'cannot SUBMIT a claim that is APPROVED' })
    expect(problem.status).toBe(409)
    expect(problem.message).toBe('cannot SUBMIT a claim that is APPROVED')
    expect(problem.fieldErrors).toEqual({})
  })

  it('lists the errors no input shows', () => {
    expect(unplacedErrors({ vin: 'x', 'parts[2].number': 'y' }, ['vin'])).toEqual(['parts[2].number: y'])
  })
})

describe('problem bodies in the user\'s language', () => {
  const vin = { status: 400, title: 'Invalid request', detail: 'vin: check digit (9th character) should be 8', code: 'VIN_CHECK_DIGIT', params: { expected: '8' }, field: 'vin',
    errors: [{ field: 'vin', code: 'VIN_CHECK_DIGIT', params: { expected: '8' }, message: 'check digit (9th character) should be 8' }] }

  it('translates each field\'s code with its parameters', () => {
    expect(fieldErrors(vin, 'zh-CN')).toEqual({ vin: 'VIN 校验位（第 9 位）应为 8' })
    expect(problemText(400, vin, 'zh-CN')).toBe('vin: VIN 校验位（第 9 位）应为 8')
  })

  it('keeps the server\'s English in English', () => {
    expect(fieldErrors(vin, 'en')).toEqual({ vin: 'check digit (9th character) should be 8' })
  })

  it('says the words a parameter carries in the language', () => {
    const refused = { status: 409, code: 'STATE_DOES_NOT_ALLOW', params: { action: 'submit', noun: 'claim', state: 'APPROVED' }, detail: 'cannot submit a claim that is APPROVED' }
    expect(problemText(409, refused, 'zh-CN')).toBe('索赔处于“已批准”，不能提交')
    const missing = { status: 404, code: 'NOT_FOUND', params: { what: 'dealer', id: 'D-9' }, detail: 'dealer D-9 not found' }
    expect(problemText(404, missing, 'zh-CN')).toBe('未找到经销商 D-9')
  })

  it('falls back to the English message only for a code it does not know', () => {
    const unknown = { errors: [{ field: 'x', code: 'SOMETHING_NEW', params: {}, message: 'something new' }] }
    expect(fieldErrors(unknown, 'zh-CN')).toEqual({ x: 'something new' })
  })

  it('never shows an HTTP status number', () => {
    for (const status of [400, 403, 404, 409, 500, 502, 503]) {
      for (const language of ['zh-CN', 'en']) {
        const text = problemText(status, {}, language)
        expect(text).not.toMatch(/\d{3}|HTTP/)
        expect(text).not.toBe('')
      }
    }
    setProblemLanguage('zh-CN')
    expect(new ApiProblem(500, {}).message).toBe('请求未能完成')
    expect(new ApiProblem(400, vin).fieldErrors).toEqual({ vin: 'VIN 校验位（第 9 位）应为 8' })
    setProblemLanguage('en')
    expect(new ApiProblem(400, vin).message).toBe('vin: check digit (9th character) should be 8')
  })
})
