// The parts pages of campaign pushes, missing parts, audits and reporting, for the Parts hub: each
// entry names its page (route), who is offered it, and the components for its list, its "new" form and one item.
// The console's router renders `list` without an id, `create` for the id "new", and `detail` for any other id.
import { AuditForm, AuditPage, PartsAudits } from './PartsAudits.jsx'
import { CampaignPush } from './CampaignPush.jsx'
import { MissingPartForm, MissingPartPage, MissingParts } from './MissingParts.jsx'
import { PartsReporting } from './PartsReporting.jsx'
import { partsCan } from './partsCampaignModel.js'

export const PARTS_CAMPAIGN_PAGES = [
  { page: 'campaignPush', shows: partsCan.pushCampaigns, list: CampaignPush },
  { page: 'missingParts', shows: partsCan.readMissingParts, list: MissingParts, create: MissingPartForm, detail: MissingPartPage },
  { page: 'partsAudits', shows: partsCan.readAudits, list: PartsAudits, create: AuditForm, detail: AuditPage },
  { page: 'partsReporting', shows: partsCan.readReporting, list: PartsReporting }
]

/** The pages of this part this caller may open, in the hub's order. */
export function partsCampaignPages(me) {
  return PARTS_CAMPAIGN_PAGES.filter(p => p.shows(me)).map(p => p.page)
}

/** The case page of a MISSING_PART case, for the work queue's and search's links (caseHref). */
export const MISSING_PART_CASE_PAGE = 'missingParts'
