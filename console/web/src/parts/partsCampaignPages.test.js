import { describe, expect, it } from 'vitest'
import { PARTS_CAMPAIGN_PAGES, partsCampaignPages } from './partsCampaignPages.js'

describe('the parts campaign pages for the Parts hub', () => {
  it('offers the parts department every page, a dealer clerk all but the push, an advisor none', () => {
    expect(partsCampaignPages({ roles: ['oem-parts'], scope: 'NETWORK' }))
      .toEqual(['campaignPush', 'missingParts', 'partsAudits', 'partsReporting'])
    expect(partsCampaignPages({ roles: ['dealer-claims'], scope: 'DEALER' }))
      .toEqual(['missingParts', 'partsAudits', 'partsReporting'])
    expect(partsCampaignPages({ roles: ['dealer-advisor'], scope: 'DEALER' })).toEqual([])
  })

  it('gives every page a list component, and a form or item page where it has them', () => {
    for (const entry of PARTS_CAMPAIGN_PAGES) expect(typeof entry.list).toBe('function')
    expect(PARTS_CAMPAIGN_PAGES.find(p => p.page === 'missingParts').create).toBeTypeOf('function')
    expect(PARTS_CAMPAIGN_PAGES.find(p => p.page === 'partsAudits').detail).toBeTypeOf('function')
  })
})
