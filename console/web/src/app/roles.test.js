import { describe, expect, it } from 'vitest'
import { approverSteps, can, homeFor, menuFor } from './roles.js'

const dealer = roles => ({ roles, scope: 'DEALER', dealer: 'aurora-e01' })
const oem = (roles, scope = 'NETWORK') => ({ roles, scope })

describe('what each role is offered', () => {
  it('gives a claims clerk claims, pre-authorisations and the statement, but no user administration', () => {
    expect(menuFor(dealer(['dealer-claims']))).toEqual(['claims', 'preAuthorisations', 'statement', 'search', 'campaigns', 'vehicles'])
  })

  it('gives a dealer admin users and account requests too', () => {
    expect(menuFor(dealer(['dealer-admin']))).toEqual(
      ['claims', 'preAuthorisations', 'statement', 'search', 'users', 'accountRequests', 'campaigns', 'vehicles'])
  })

  it('offers account requests to the dealer admin only, of all dealer staff', () => {
    for (const role of ['dealer-advisor', 'dealer-technician', 'dealer-claims']) {
      expect(menuFor(dealer([role]))).not.toContain('accountRequests')
    }
    expect(menuFor(dealer(['dealer-admin']))).toContain('accountRequests')
  })

  it('does not let a technician prepare claims', () => {
    expect(can.prepareClaims(dealer(['dealer-technician']))).toBe(false)
  })

  it('starts an FMC on the work queue, with account requests to confirm', () => {
    const fmc = oem(['oem-regional-manager'], 'REGIONS')
    expect(homeFor(fmc)).toBe('queue')
    expect(menuFor(fmc)).toContain('accountRequests')
    expect(approverSteps(fmc)).toEqual(['FMC'])
  })

  it('gives an analyst search and the network, and nothing to decide', () => {
    const analyst = oem(['oem-analyst'])
    expect(menuFor(analyst)).toEqual(['search', 'network', 'campaigns', 'vehicles', 'calendar'])
    expect(can.keepCalendar(analyst)).toBe(false)
    expect(can.keepCalendar(oem(['oem-it']))).toBe(true)
    expect(homeFor(analyst)).toBe('search')
    expect(can.decideClaims(analyst)).toBe(false)
  })

  it('lets only head office\'s claims department correct a vehicle record', () => {
    expect(can.correctVehicles(oem(['oem-claims']))).toBe(true)
    expect(can.correctVehicles(oem(['oem-quality']))).toBe(false)
    expect(can.correctVehicles(dealer(['dealer-claims']))).toBe(false)
  })

  it('lets only the claims department settle', () => {
    expect(can.settleClaims(oem(['oem-claims']))).toBe(true)
    expect(can.settleClaims(oem(['oem-quality']))).toBe(false)
  })
})
