import { describe, expect, it } from 'vitest'
import { partsPages, partsView } from './partsPages.js'

const dealer = roles => ({ roles, scope: 'DEALER', dealer: 'aurora-e01' })
const oem = (roles, scope = 'NETWORK') => ({ roles, scope })

describe('the parts hub', () => {
  it('offers dealer parts staff their orders, deposit and the stock, not the allocation', () => {
    expect(partsPages(dealer(['dealer-admin']))).toEqual(['partsOrders', 'partsDeposits', 'partsStock'])
    expect(partsPages(dealer(['dealer-claims']))).toEqual(['partsOrders', 'partsDeposits', 'partsStock'])
  })

  it('offers the parts department, regional managers and analysts the allocation too', () => {
    for (const roles of [['oem-parts'], ['oem-analyst'], ['oem-regional-manager'], ['oem-regional-vp']]) {
      expect(partsPages(oem(roles, roles[0] === 'oem-parts' || roles[0] === 'oem-analyst' ? 'NETWORK' : 'REGIONS')))
        .toEqual(['partsOrders', 'partsDeposits', 'partsStock', 'partsAllocation'])
    }
  })

  it('offers nothing to those who do not work parts', () => {
    expect(partsPages(dealer(['dealer-technician']))).toEqual([])
    expect(partsPages(oem(['oem-cac']))).toEqual([])
  })

  it('routes its pages to their views and no other page', () => {
    expect(partsView('partsOrders')).toBeTypeOf('function')
    expect(partsView('partsAllocation')).toBeTypeOf('function')
    expect(partsView('claims')).toBeNull()
  })
})
