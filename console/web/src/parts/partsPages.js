// The pages under the menu's one "Parts" entry: who is offered each, and the view that shows it.
// The hub lists the pages a caller may open; the console routes each page to its view. Another parts
// capability joins with its own list of entries ({page, shows, view}) added to PAGE_LISTS.
import { createElement } from 'react'
import { can } from '../app/roles.js'
import { PARTS_CAMPAIGN_PAGES } from './partsCampaignPages.js'
import { Allocation } from './Allocation.jsx'
import { Deposits } from './Deposits.jsx'
import { Orders } from './Orders.jsx'
import { Stock } from './Stock.jsx'

const ORDER_PAGES = [
  { page: 'partsOrders', shows: me => can.readParts(me), view: Orders },
  { page: 'partsDeposits', shows: me => can.readParts(me), view: Deposits },
  { page: 'partsStock', shows: me => can.readParts(me), view: Stock },
  { page: 'partsAllocation', shows: me => can.readAllocation(me), view: Allocation }
]

/** A page given as its list, its "new" form and its item: the route's id picks the view. */
const routed = ({ list, create, detail }) => function RoutedPage(props) {
  if (props.id === 'new' && create) return createElement(create, props)
  if (props.id && detail) return createElement(detail, props)
  return createElement(list, props)
}

const CAMPAIGN_PAGES = PARTS_CAMPAIGN_PAGES.map(p => ({ page: p.page, shows: p.shows, view: routed(p) }))

const PAGE_LISTS = [ORDER_PAGES, CAMPAIGN_PAGES]
const PAGES = PAGE_LISTS.flat()

/** The parts pages this caller may open, in the hub's order. */
export function partsPages(me) {
  return PAGES.filter(p => p.shows(me)).map(p => p.page)
}

/** The view of a parts page ({me, id, sub, query}), or null when the page is not one of parts. */
export function partsView(page) {
  return PAGES.find(p => p.page === page)?.view || null
}
