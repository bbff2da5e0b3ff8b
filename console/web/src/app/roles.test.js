import { describe, expect, it } from 'vitest'
import { approverSteps, can, homeFor, menuFor } from './roles.js'
import { trainingPages } from '../training/trainingPages.js'

const dealer = roles => ({ roles, scope: 'DEALER', dealer: 'aurora-e01' })
const oem = (roles, scope = 'NETWORK') => ({ roles, scope })

describe('what each role is offered', () => {
  it('gives a claims clerk claims, pre-authorisations and the statement, but no user administration', () => {
    expect(menuFor(dealer(['dealer-claims']))).toEqual(['claims', 'preAuthorisations', 'goodwill', 'statement', 'search', 'reports', 'campaigns', 'vehicles', 'training', 'parts'])
  })

  it('gives a dealer admin users and account requests too', () => {
    expect(menuFor(dealer(['dealer-admin']))).toEqual(
      ['claims', 'preAuthorisations', 'complaints', 'goodwill', 'statement', 'search', 'reports', 'users', 'accountRequests', 'campaigns', 'vehicles', 'training', 'parts'])
  })

  it('lets the training department run training and the dealer admin enrol', () => {
    expect(can.runTraining(oem(['oem-training']))).toBe(true)
    expect(can.runTraining(dealer(['dealer-admin']))).toBe(false)
    expect(can.enrolInTraining(dealer(['dealer-admin']))).toBe(true)
    expect(can.enrolInTraining(dealer(['dealer-advisor']))).toBe(false)
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

  it('starts an FMC on the work queue, with the claims queue, complaints, goodwill and account requests to confirm', () => {
    const fmc = oem(['oem-regional-manager'], 'REGIONS')
    expect(homeFor(fmc)).toBe('work')
    expect(menuFor(fmc)).toEqual(expect.arrayContaining(['work', 'queue', 'complaints', 'goodwill', 'clockPolicies']))
    expect(can.offerGoodwill(fmc)).toBe(true)
    expect(can.keepClockPolicies(fmc)).toBe(false)
    expect(menuFor(fmc)).toContain('accountRequests')
    expect(approverSteps(fmc)).toEqual(['FMC'])
  })

  it('gives an analyst search and the network, and nothing to decide', () => {
    const analyst = oem(['oem-analyst'])
    expect(menuFor(analyst)).toEqual(['work', 'complaints', 'goodwill', 'search', 'reports', 'network', 'campaigns', 'vehicles', 'calendar', 'clockPolicies', 'training', 'parts'])
    expect(can.keepCalendar(analyst)).toBe(false)
    expect(can.keepCalendar(oem(['oem-it']))).toBe(true)
    expect(can.keepClockPolicies(analyst)).toBe(false)
    expect(can.recordComplaints(analyst)).toBe(false)
    expect(homeFor(analyst)).toBe('work')
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

  it('lands every OEM role on the unified work queue', () => {
    for (const role of ['oem-regional-manager', 'oem-tac', 'oem-claims', 'oem-quality', 'oem-cac', 'oem-it', 'oem-analyst', 'oem-regional-vp',
      'oem-training', 'oem-parts']) {
      expect(homeFor(oem([role]))).toBe('work')
    }
    expect(menuFor(dealer(['dealer-admin']))).not.toContain('work')
  })

  it('shows complaints to CAC, FMC, VP, analysts, dealer admins and advisors; goodwill to the claims staff too', () => {
    for (const role of ['oem-cac', 'oem-regional-manager', 'oem-regional-vp', 'oem-analyst']) expect(menuFor(oem([role]))).toContain('complaints')
    for (const role of ['dealer-admin', 'dealer-advisor']) expect(menuFor(dealer([role]))).toContain('complaints')
    expect(menuFor(dealer(['dealer-claims']))).not.toContain('complaints')
    expect(menuFor(dealer(['dealer-technician']))).not.toContain('goodwill')
    expect(menuFor(oem(['oem-claims']))).toContain('goodwill')
    expect(menuFor(oem(['oem-claims']))).not.toContain('complaints')
    expect(menuFor(oem(['oem-tac']))).not.toContain('goodwill')
  })

  it('lets CAC record complaints and keep the clock policies with IT; penalties go to dealer admins and OEM staff', () => {
    expect(can.recordComplaints(oem(['oem-cac']))).toBe(true)
    expect(can.recordComplaints(dealer(['dealer-admin']))).toBe(false)
    expect(can.keepClockPolicies(oem(['oem-cac']))).toBe(true)
    expect(can.keepClockPolicies(oem(['oem-it'], 'REGIONS'))).toBe(false)
    expect(can.readClockPolicies(dealer(['dealer-admin']))).toBe(false)
    expect(can.readPenalties(dealer(['dealer-admin']))).toBe(true)
    expect(can.readPenalties(dealer(['dealer-advisor']))).toBe(false)
    expect(can.readPenalties(oem(['oem-regional-vp']))).toBe(true)
  })

  it('lets the dealer admin keep the roster that other dealer staff and OEM staff read, and the training department keep the LMS', () => {
    expect(can.keepRoster(dealer(['dealer-admin']))).toBe(true)
    expect(can.keepRoster(dealer(['dealer-technician']))).toBe(false)
    expect(trainingPages(dealer(['dealer-technician']))).toContain('roster')
    expect(can.keepRoster(oem(['oem-training']))).toBe(false)
    expect(can.keepLms(oem(['oem-training']))).toBe(true)
    expect(can.keepLms(oem(['oem-analyst']))).toBe(false)
    expect(trainingPages(dealer(['dealer-admin']))).not.toContain('lms')
  })

  it('puts parts under one entry for dealer parts staff, the parts department, regional managers and analysts', () => {
    for (const roles of [['dealer-admin'], ['dealer-claims']]) expect(menuFor(dealer(roles))).toContain('parts')
    for (const role of ['oem-parts', 'oem-regional-manager', 'oem-regional-vp', 'oem-analyst']) expect(menuFor(oem([role]))).toContain('parts')
    for (const roles of [['dealer-advisor'], ['dealer-technician']]) expect(menuFor(dealer(roles))).not.toContain('parts')
    for (const role of ['oem-cac', 'oem-training', 'oem-it']) expect(menuFor(oem([role]))).not.toContain('parts')
    expect(can.orderParts(dealer(['dealer-claims']))).toBe(true)
    expect(can.orderParts(oem(['oem-parts']))).toBe(false)
    expect(can.keepParts(oem(['oem-parts']))).toBe(true)
    expect(can.keepParts(oem(['oem-analyst']))).toBe(false)
  })
})
