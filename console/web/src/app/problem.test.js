import { describe, expect, it } from 'vitest'
import { ApiProblem, fieldErrors, unplacedErrors } from './problem.js'

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
