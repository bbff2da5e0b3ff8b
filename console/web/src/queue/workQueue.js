// The unified work queue's answer, read defensively: a page of items of every case type, earliest deadline first.

/** {items, total, page, size} from whatever the server answered: missing parts become empty, items without a deadline go last. */
export function queuePage(answer, page = 0, size = 20) {
  const items = Array.isArray(answer?.items) ? answer.items.filter(i => i && i.id) : []
  const due = i => (i.dueAt && !Number.isNaN(Date.parse(i.dueAt)) ? Date.parse(i.dueAt) : Infinity)
  const ordered = items.map((item, index) => ({ item, index }))
    .sort((a, b) => due(a.item) - due(b.item) || a.index - b.index)
    .map(({ item }) => ({ ...item, actions: Array.isArray(item.actions) ? item.actions : [] }))
  return {
    items: ordered,
    total: Number.isFinite(answer?.total) ? answer.total : ordered.length,
    page: Number.isFinite(answer?.page) ? answer.page : page,
    size: Number.isFinite(answer?.size) && answer.size > 0 ? answer.size : size
  }
}
