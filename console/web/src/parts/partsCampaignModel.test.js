import { describe, expect, it } from 'vitest'
import { auditBody, missingBody, missingErrors, partsCan, percent } from './partsCampaignModel.js'

const PARTS = { roles: ['oem-parts'], scope: 'NETWORK' }
const CLERK = { roles: ['dealer-claims'], scope: 'DEALER' }
const ADVISOR = { roles: ['dealer-advisor'], scope: 'DEALER' }
const FMC = { roles: ['oem-regional-manager'], scope: 'REGIONS' }

describe('the parts campaign pages', () => {
  it('offers pushes and audits to the parts department, requests to dealer parts staff, nothing to advisors', () => {
    expect(partsCan.pushCampaigns(PARTS)).toBe(true)
    expect(partsCan.pushCampaigns(FMC)).toBe(false)
    expect(partsCan.askMissingParts(CLERK)).toBe(true)
    expect(partsCan.askMissingParts(PARTS)).toBe(false)
    expect(partsCan.keepAudits(PARTS)).toBe(true)
    expect(partsCan.readReporting(FMC)).toBe(true)
    expect(partsCan.readMissingParts(ADVISOR)).toBe(false)
  })

  it('asks for a part number or a description, and sends blanks as null', () => {
    expect(missingErrors({ partNumber: '', partDescription: ' ', quantity: '0', vin: '', reason: '' }))
      .toEqual({ partNumber: 'parts.partOrDescription', quantity: 'validation.positive', reason: 'validation.required' })
    expect(missingBody({ partNumber: '', partDescription: 'clip ', quantity: '3', vin: 'lau', reason: ' why ' }))
      .toEqual({ partNumber: null, partDescription: 'clip', quantity: 3, vin: 'LAU', reason: 'why' })
  })

  it('sends one finding per non-empty line and shows rates with two decimals', () => {
    expect(auditBody({ dealer: 'a-e01', auditedOn: '2026-01-05', auditorKind: 'OWN_STAFF', auditor: '', summary: '', findings: 'one\n\n two \n' }).findings)
      .toEqual(['one', 'two'])
    expect(percent(71.428)).toBe('71.43 %')
    expect(percent(null)).toBe('—')
  })
})
