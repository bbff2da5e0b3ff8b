import { describe, expect, it } from 'vitest'
import { partsPages, partsView } from './partsPages.js'

const dealer = roles => ({ roles, scope: 'DEALER', dealer: 'aurora-e01' })
const oem = (roles, scope = 'NETWORK') => ({ roles, scope })

describe('the parts hub', () => {
  it('offers dealer parts staff their orders, deposit and the stock, not the allocation', () => {
    const dealerPages = ['partsOrders', 'partsDeposits', 'partsStock', 'missingParts', 'partsAudits', 'partsReporting']
    expect(partsPages(dealer(['dealer-admin']))).toEqual(dealerPages)
    expect(partsPages(dealer(['dealer-claims']))).toEqual(dealerPages)
  })

  it('offers the parts department, regional managers and analysts the allocation too, and campaign pushes to the parts department', () => {
    for (const roles of [['oem-analyst'], ['oem-regional-manager'], ['oem-regional-vp']]) {
      expect(partsPages(oem(roles, roles[0] === 'oem-analyst' ? 'NETWORK' : 'REGIONS')))
        .toEqual(['partsOrders', 'partsDeposits', 'partsStock', 'partsAllocation', 'missingParts', 'partsAudits', 'partsReporting'])
    }
    expect(partsPages(oem(['oem-parts']))).toEqual(['partsOrders', 'partsDeposits', 'partsStock', 'partsAllocation', 'campaignPush',
      'missingParts', 'partsAudits', 'partsReporting'])
  })

  it('offers nothing to those who do not work parts', () => {
    expect(partsPages(dealer(['dealer-technician']))).toEqual([])
    expect(partsPages(oem(['oem-cac']))).toEqual([])
  })

  it('routes its pages to their views and no other page', () => {
    expect(partsView('partsOrders')).toBeTypeOf('function')
    expect(partsView('partsAllocation')).toBeTypeOf('function')
    expect(partsView('missingParts')).toBeTypeOf('function')
    expect(partsView('claims')).toBeNull()
  })
})
