/**
 * How many pages a list has: every page of its results, but no further than the server pages
 * (the network search pages through its first 10,000 results only; narrowing finds the rest).
 */
export function pageCount(total, size, maxResults = Infinity) {
  return Math.max(1, Math.min(Math.ceil(total / size), Math.floor(maxResults / size)))
}

/** Elasticsearch's result window: the network search pages no further. */
export const SEARCH_RESULT_WINDOW = 10000
