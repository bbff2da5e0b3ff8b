import { describe, expect, it } from 'vitest'
import { trainingPages } from './trainingPages.js'

describe('the training hub', () => {
  it('offers certification applications to dealer staff and the training department, not to CAC', () => {
    expect(trainingPages({ roles: ['dealer-admin'], scope: 'DEALER' })).toContain('certifications')
    expect(trainingPages({ roles: ['oem-training'], scope: 'NETWORK' })).toContain('certifications')
    expect(trainingPages({ roles: ['oem-cac'], scope: 'NETWORK' })).not.toContain('certifications')
  })

  it('offers a technician sessions, the roster and their certificates, and the training department everything', () => {
    expect(trainingPages({ roles: ['dealer-technician'], scope: 'DEALER' }))
      .toEqual(['certifications', 'trainingSessions', 'roster', 'myCertificates', 'programmes'])
    expect(trainingPages({ roles: ['oem-training'], scope: 'NETWORK' }))
      .toEqual(['certifications', 'trainingSessions', 'trainingNeeds', 'roster', 'certificates', 'coverage', 'lms', 'programmes'])
  })
})
