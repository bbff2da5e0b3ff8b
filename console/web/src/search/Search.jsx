import { api, REPORTING } from '../app/api.js'
import { navigate } from '../app/useRoute.js'
import { caseHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Loading, Pager } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { SEARCH_RESULT_WINDOW } from '../ui/paging.js'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { hitPlace, hitTitle, monthRange, searchParameters, slaSummary } from './searchLinks.js'

const FACETS = ['type', 'state', 'kind', 'slaState', 'region', 'dealer', 'month']
const ORDERS = ['newest', 'oldest', 'relevance', 'number']
// Facets whose values are names the console translates; dealers and regions show by name, months as they are.
const TRANSLATED = ['type', 'state', 'kind', 'slaState']

/** Network search: free text (Chinese too), facets with counts, filters and order kept in the address. */
export function Search({ query }) {
  const { t, label, language } = useI18n()
  const page = Number(query.page || 0)
  const result = useLoad(() => api.get(`${REPORTING}/search`, { ...searchParameters(query), page, size: 20 }), [JSON.stringify(query)])
  const go = changes => navigate('search', null, { ...query, page: 0, ...changes })
  const directory = useDirectory()
  const facetValue = (facet, value) => (TRANSLATED.includes(facet) ? label(facet, value)
    : facet === 'dealer' ? directory.dealer(value) : facet === 'region' ? directory.region(value) : value)
  const choose = (facet, value) => (facet === 'month' ? go(monthRange(value)) : go({ [facet]: query[facet] === value ? '' : value }))
  return (
    <section className="search">
      <form className="searchbar" onSubmit={e => { e.preventDefault(); go({ q: e.target.elements.q.value.trim(), sort: e.target.elements.q.value.trim() ? 'relevance' : query.sort }) }}>
        <input name="q" id="search-text" type="search" defaultValue={query.q || ''} placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} />
        <button type="submit" className="primary" id="search-go">{t('search.go')}</button>
      </form>
      <div className="filters">
        <label>{t('statement.from')} <input type="date" value={query.from || ''} onChange={e => go({ from: e.target.value })} /></label>
        <label>{t('statement.to')} <input type="date" value={query.to || ''} onChange={e => go({ to: e.target.value })} /></label>
        <label>{t('search.dueBefore')} <input type="date" id="search-due-before" value={query.dueBefore || ''} onChange={e => go({ dueBefore: e.target.value })} /></label>
        <label>{t('search.sort')} <select id="search-sort" value={query.sort || 'newest'} onChange={e => go({ sort: e.target.value })}>
          {ORDERS.map(o => <option key={o} value={o}>{t(`search.order.${o}`)}</option>)}
        </select></label>
        {Object.keys(query).some(k => !['page', 'sort'].includes(k)) && <button type="button" className="link" onClick={() => navigate('search')}>{t('search.clear')}</button>}
        <ExportButtons path={`${REPORTING}/search`} query={searchParameters(query)} name="search" />
      </div>
      <Loading state={result}>{r => (
        <div className="search-body">
          <aside className="facets">
            {FACETS.filter(f => r.facets[f]?.length).map(facet => (
              <div key={facet} className="facet" data-facet={facet}>
                <h4>{t(`search.facet.${facet}`)}</h4>
                <ul>
                  {r.facets[facet].map(b => (
                    <li key={b.value}>
                      <button type="button" className={`link${query[facet] === b.value ? ' chosen' : ''}`} onClick={() => choose(facet, b.value)}>
                        {facetValue(facet, b.value)}
                      </button> <span className="count">{b.count}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </aside>
          <div className="results">
            <p className="muted" id="search-total">{r.total === 1 ? t('search.foundOne') : t('search.found', { total: r.total })}</p>
            <ol className="hits">
              {r.items.map(item => {
                const sla = slaSummary(item)
                return (
                <li key={item.id} className="hit">
                  <a href={caseHref(item)} className="hit-title">{hitTitle(item, label('type', item.type))}</a>
                  <div className="meta">
                    <span className="badge">{label('type', item.type)}</span> <span className="badge">{label('state', item.state)}</span>
                    {' '}{hitPlace(item)} · {formatDateTime(item.updatedAt, language)}
                    {item.amount !== undefined && item.amount !== null && <> · {formatMoney(item.amount, language)}</>}
                    {sla && <> <span className={`badge sla ${sla.tone}`} data-sla={sla.state}>{label('slaState', sla.state)}</span>
                      {sla.nextDueAt && <span className="sla-due"> {t('search.nextDue', { at: formatDateTime(sla.nextDueAt, language) })}</span>}</>}
                  </div>
                  {item.description && <p className="snippet">{item.description}</p>}
                </li>
                )
              })}
            </ol>
            <Pager page={r.page} size={r.size} total={r.total} maxResults={SEARCH_RESULT_WINDOW} onPage={p => navigate('search', null, { ...query, page: p })} />
          </div>
        </div>
      )}</Loading>
    </section>
  )
}
