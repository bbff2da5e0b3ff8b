import { describe, expect, it } from 'vitest'
import { levelBody, levelErrors, levelForm } from './programmeModel.js'

const silver = { programme: 'SERVICE_ADVISOR', level: 2, name: '银牌 Silver', validityMonths: 24, renewalWindowDays: 90, studyCourse: 'SA-SILVER-LMS',
  testCourse: null, trainingCourse: 'SA-ADVANCED', minYearsInRole: null, minCaseStudies: 3, prerequisiteLevel: 1, requiredPerDealer: false }

describe('programme level form', () => {
  it('round-trips a level, empty prerequisites as null', () => {
    const body = levelBody(levelForm(silver))
    expect(body).toEqual({ name: '银牌 Silver', requiredPerDealer: false, validityMonths: 24, renewalWindowDays: 90, minYearsInRole: null,
      minCaseStudies: 3, prerequisiteLevel: 1, studyCourse: 'SA-SILVER-LMS', testCourse: null, trainingCourse: 'SA-ADVANCED' })
  })

  it('refuses a validity out of range and a prerequisite level that is not lower', () => {
    const errors = levelErrors({ ...levelForm(silver), validityMonths: '0', prerequisiteLevel: '2' }, silver)
    expect(errors).toEqual({ validityMonths: 'programme.months', prerequisiteLevel: 'programme.lowerLevel' })
  })
})
