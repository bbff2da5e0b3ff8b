import { describe, expect, it } from 'vitest'
import { currentPeople } from './rosterPeople.js'

describe('roster people', () => {
  it('lists each person once with the roles they hold today', () => {
    const entries = [
      { person: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'TECHNICIAN', current: true },
      { person: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'SERVICE_ADVISOR', current: false },
      { person: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'CLAIMS_CLERK', current: true },
      { person: 'b', name: 'Chen Jing', staffNumber: 'T2', role: 'SERVICE_ADVISOR', current: false }
    ]
    expect(currentPeople(entries)).toEqual([
      { id: 'a', name: 'Li Wei', staffNumber: 'T1', roles: ['TECHNICIAN', 'CLAIMS_CLERK'] }
    ])
  })
})
