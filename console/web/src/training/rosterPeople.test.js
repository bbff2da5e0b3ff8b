import { describe, expect, it } from 'vitest'
import { currentPeople } from './rosterPeople.js'

describe('roster people', () => {
  it('lists each person once with the roles they hold today', () => {
    const entries = [
      { personId: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'TECHNICIAN', leftOn: null },
      { personId: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'SERVICE_ADVISOR', leftOn: '2026-12-02' },
      { personId: 'a', name: 'Li Wei', staffNumber: 'T1', role: 'CLAIMS_CLERK', leftOn: '2026-12-03' },
      { personId: 'b', name: 'Chen Jing', staffNumber: 'T2', role: 'SERVICE_ADVISOR', leftOn: '2026-01-01' }
    ]
    expect(currentPeople(entries, '2026-12-03')).toEqual([
      { id: 'a', name: 'Li Wei', staffNumber: 'T1', roles: ['TECHNICIAN', 'CLAIMS_CLERK'] }
    ])
  })
})
