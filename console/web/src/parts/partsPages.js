// The pages under the menu's one "Parts" entry: who is offered each, and the view that shows it.
// The hub lists the pages a caller may open; the console routes each page to its view. Another parts
// capability joins with its own list of entries ({page, shows, view}) added to PAGE_LISTS.
import { can } from '../app/roles.js'
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

const PAGE_LISTS = [ORDER_PAGES]
const PAGES = PAGE_LISTS.flat()

/** The parts pages this caller may open, in the hub's order. */
export function partsPages(me) {
  return PAGES.filter(p => p.shows(me)).map(p => p.page)
}

/** The view of a parts page ({me, id, sub, query}), or null when the page is not one of parts. */
export function partsView(page) {
  return PAGES.find(p => p.page === page)?.view || null
}
