import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { formatAge, formatDateTime, formatMoney } from '../ui/format.js'
import { Loading, Pager, SortHeader } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { CLAIM_KINDS, CLAIM_STATES } from './claimKinds.js'

/**
 * A page of claims from the server, filtered and sorted there; the filters live in the address,
 * so a list can be bookmarked and the back button works. Used for the dealer's claims and the approver's queue.
 */
export function ClaimTable({ page: routePage, path, query, defaultSort, stateFilter, showDealer, showAge, exportName }) {
  const { t, label, language } = useI18n()
  const directory = useDirectory()
  const page = Number(query.page || 0)
  const sort = query.sort || defaultSort
  const list = useLoad(() => api.get(path, { ...query, sort, page, size: 20 }), [path, JSON.stringify(query)])
  const go = changes => navigate(routePage, null, { ...query, page: 0, ...changes })
  const filter = name => e => go({ [name]: e.target.value })
  return (
    <>
      <div className="filters">
        {stateFilter && (
          <select aria-label={t('claim.state')} id="filter-state" value={query.state || ''} onChange={filter('state')}>
            <option value="">{t('filter.anyState')}</option>
            {CLAIM_STATES.map(s => <option key={s} value={s}>{label('state', s)}</option>)}
          </select>
        )}
        <select aria-label={t('claim.kind')} id="filter-kind" value={query.kind || ''} onChange={filter('kind')}>
          <option value="">{t('filter.anyKind')}</option>
          {CLAIM_KINDS.map(k => <option key={k} value={k}>{label('kind', k)}</option>)}
        </select>
        {showDealer && <input aria-label={t('claim.dealer')} id="filter-dealer" placeholder={t('claim.dealer')} defaultValue={query.dealer || ''}
                              onKeyDown={e => e.key === 'Enter' && go({ dealer: e.target.value.trim() })} />}
        <input aria-label="VIN" id="filter-vin" placeholder="VIN" defaultValue={query.vin || ''}
               onKeyDown={e => e.key === 'Enter' && go({ vin: e.target.value.trim() })} />
        {exportName && <ExportButtons path={path} query={{ ...query, sort }} name={exportName} />}
      </div>
      <Loading state={list}>{data => (
        <>
          <table className="list">
            <thead>
              <tr>
                <SortHeader label={t('claim.number')} field="number" sort={sort} onSort={s => go({ sort: s })} />
                <th>{t('claim.kind')}</th>
                <th>{t('claim.state')}</th>
                {showDealer && <th>{t('claim.dealer')}</th>}
                <th>VIN</th>
                <SortHeader label={t('claim.claimedAmount')} field="claimedAmount" sort={sort} onSort={s => go({ sort: s })} />
                <th>{t('claim.approvedAmount')}</th>
                <SortHeader label={showAge ? t('queue.waiting') : t('claim.updatedAt')} field="updatedAt" sort={sort} onSort={s => go({ sort: s })} />
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 && <tr><td colSpan={8} className="muted">{t('common.nothing')}</td></tr>}
              {data.items.map(c => (
                <tr key={c.id} className={`state-${c.state}`}>
                  <td><a href={routeHref('claims', c.id)}>{c.number}</a></td>
                  <td>{label('kind', c.kind)}</td>
                  <td><span className="badge">{label('state', c.state)}</span></td>
                  {showDealer && <td>{directory.dealer(c.dealer)}</td>}
                  <td className="mono">{c.vin}</td>
                  <td className="number">{formatMoney(c.claimedAmount, language)}</td>
                  <td className="number">{formatMoney(c.approvedAmount, language)}</td>
                  <td>{showAge ? formatAge(c.waitingSeconds, { d: t('age.d'), h: t('age.h'), m: t('age.m') }) : formatDateTime(c.updatedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} size={data.size} total={data.total} onPage={p => navigate(routePage, null, { ...query, page: p })} />
        </>
      )}</Loading>
    </>
  )
}

export function ClaimList({ me, query }) {
  const { t } = useI18n()
  return (
    <section>
      <div className="title-row">
        <h2>{t('claims.title')}</h2>
        {can.prepareClaims(me) && <a className="button primary" id="new-claim" href={routeHref('claims', 'new')}>{t('claims.new')}</a>}
      </div>
      <ClaimTable page="claims" path={`${PLATFORM}/warranty-claims`} query={query} defaultSort="updatedAt,desc" stateFilter exportName="warranty-claims" />
    </section>
  )
}
