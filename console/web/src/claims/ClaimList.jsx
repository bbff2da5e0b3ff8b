import { useEffect, useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { formatAge, formatDateTime, formatMoney } from '../ui/format.js'
import { Loading, Pager, ReasonDialog, SortHeader } from '../ui/controls.jsx'
import { announce } from '../ui/announce.js'
import { claimedSum, decideEach, PAGE_SIZES, pageSize, rememberQueue, tally } from '../queue/bulk.js'
import { useLoad } from '../ui/hooks.js'
import { useDirectory } from '../ui/useDirectory.js'
import { ExportButtons } from '../export/ExportButtons.jsx'
import { CLAIM_KINDS, CLAIM_STATES } from './claimKinds.js'

/**
 * A page of claims from the server, filtered and sorted there; the filters live in the address,
 * so a list can be bookmarked and the back button works. Used for the dealer's claims and the approver's queue
 * (`bulk`: several claims chosen and decided with one reason, filters by number, region and amount, totals).
 */
export function ClaimTable({ page: routePage, path, query, defaultSort, stateFilter, showDealer, showAge, exportName, bulk }) {
  const { t, label, language } = useI18n()
  const directory = useDirectory()
  const page = Number(query.page || 0)
  const size = pageSize(query)
  const sort = query.sort || defaultSort
  const list = useLoad(() => api.get(path, { ...query, sort, page, size }).then(data => {
    if (bulk) rememberQueue(data.items.map(c => c.id))
    return data
  }), [path, JSON.stringify(query)])
  const [chosen, setChosen] = useState([])
  useEffect(() => setChosen([]), [list.data])
  const go = changes => navigate(routePage, null, { ...query, page: 0, ...changes })
  const filter = name => e => go({ [name]: e.target.value })
  const onEnter = name => e => e.key === 'Enter' && go({ [name]: e.target.value.trim() })
  const money = value => formatMoney(value, language)
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
        {bulk && <input aria-label={t('claim.number')} id="filter-number" placeholder={t('claim.number')} defaultValue={query.number || ''}
                        onKeyDown={onEnter('number')} />}
        {bulk && (
          <select aria-label={t('queue.region')} id="filter-region" value={query.region || ''} onChange={filter('region')}>
            <option value="">{t('queue.anyRegion')}</option>
            {[...directory.names.regions.keys()].map(code => <option key={code} value={code}>{directory.region(code)}</option>)}
          </select>
        )}
        {showDealer && <input aria-label={t('claim.dealer')} id="filter-dealer" placeholder={t('claim.dealer')} defaultValue={query.dealer || ''}
                              onKeyDown={onEnter('dealer')} />}
        <input aria-label="VIN" id="filter-vin" placeholder="VIN" defaultValue={query.vin || ''} onKeyDown={onEnter('vin')} />
        {bulk && <>
          <input aria-label={t('queue.minAmount')} id="filter-minAmount" placeholder={t('queue.minAmount')} type="number" min={0} step="0.01"
                 className="amount-filter" defaultValue={query.minAmount || ''} onKeyDown={onEnter('minAmount')} />
          <input aria-label={t('queue.maxAmount')} id="filter-maxAmount" placeholder={t('queue.maxAmount')} type="number" min={0} step="0.01"
                 className="amount-filter" defaultValue={query.maxAmount || ''} onKeyDown={onEnter('maxAmount')} />
        </>}
        <select aria-label={t('queue.pageSize')} id="page-size" value={size} onChange={filter('size')}>
          {PAGE_SIZES.map(n => <option key={n} value={n}>{t('queue.perPage', { size: n })}</option>)}
        </select>
        {exportName && <ExportButtons path={path} query={{ ...query, sort }} name={exportName} />}
      </div>
      <Loading state={list}>{data => {
        const chosenClaims = data.items.filter(c => chosen.includes(c.id))
        const all = data.items.length > 0 && chosenClaims.length === data.items.length
        return (
        <>
          {bulk && (
            <p className="totals" id="queue-totals">
              {t('queue.totals', { total: data.total, amount: money(data.claimedTotal) })}
              {chosenClaims.length > 0 && <> · <span id="chosen-totals">{t('queue.chosen', { count: chosenClaims.length, amount: money(claimedSum(chosenClaims)) })}</span></>}
            </p>
          )}
          {bulk && <BulkDecisions claims={chosenClaims} onDone={list.reload} />}
          <div className="table-box">
          <table className="list claims">
            <thead>
              <tr>
                {bulk && <th><input type="checkbox" id="choose-all" aria-label={t('queue.chooseAll')} checked={all}
                                    onChange={e => setChosen(e.target.checked ? data.items.map(c => c.id) : [])} /></th>}
                <SortHeader label={t('claim.number')} field="number" sort={sort} onSort={s => go({ sort: s })} />
                <th>{t('claim.kind')}</th>
                <th>{t('claim.state')}</th>
                {showDealer && <th>{t('claim.dealer')}</th>}
                <th>VIN</th>
                <SortHeader label={t('claim.claimedAmount')} field="claimedAmount" sort={sort} onSort={s => go({ sort: s })} className="number" />
                <th className="number">{t('claim.approvedAmount')}</th>
                <SortHeader label={showAge ? t('queue.waiting') : t('claim.updatedAt')} field="updatedAt" sort={sort} onSort={s => go({ sort: s })} />
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 && <tr><td colSpan={9} className="muted">{t('common.nothing')}</td></tr>}
              {data.items.map(c => (
                <tr key={c.id} className={`state-${c.state}`} data-number={c.number}>
                  {bulk && <td><input type="checkbox" className="choose" aria-label={t('queue.choose', { number: c.number })} checked={chosen.includes(c.id)}
                                      onChange={e => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter(id => id !== c.id))} /></td>}
                  <td><a href={routeHref('claims', c.id)}>{c.number}</a></td>
                  <td>{label('kind', c.kind)}</td>
                  <td><span className="badge">{label('state', c.state)}</span></td>
                  {showDealer && <td>{directory.dealer(c.dealer)}</td>}
                  <td className="mono">{c.vin}</td>
                  <td className="number">{money(c.claimedAmount)}</td>
                  <td className="number">{money(c.approvedAmount)}</td>
                  <td>{showAge ? formatAge(c.waitingSeconds, { d: t('age.d'), h: t('age.h'), m: t('age.m') }) : formatDateTime(c.updatedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <Pager page={data.page} size={data.size} total={data.total} onPage={p => navigate(routePage, null, { ...query, page: p })} />
        </>
        )
      }}</Loading>
    </>
  )
}

/** Approve or return the chosen claims with one reason: one request per claim, each claim's outcome shown. */
function BulkDecisions({ claims, onDone }) {
  const { t } = useI18n()
  const [dialog, setDialog] = useState(null)
  const [outcomes, setOutcomes] = useState(null)
  const decide = async note => {
    const done = await decideEach(claims, claim => api.post(`${PLATFORM}/warranty-claims/${claim.id}/${dialog}`, { note: note || null }),
      error => error.body?.detail || error.message)
    const { done: passed, refused } = tally(done)
    setDialog(null)
    setOutcomes(done)
    announce(t(`bulk.done.${dialog}`, { done: passed, refused }))
    onDone()
  }
  return (
    <>
      <div className="actions bulk-actions">
        <button type="button" id="bulk-approve" className="primary" disabled={claims.length === 0} onClick={() => setDialog('approve')}>
          {t('bulk.approve', { count: claims.length })}</button>
        <button type="button" id="bulk-return" disabled={claims.length === 0} onClick={() => setDialog('return')}>
          {t('bulk.return', { count: claims.length })}</button>
      </div>
      {dialog && (
        <ReasonDialog title={t(`bulk.${dialog}Title`, { count: claims.length, numbers: claims.map(c => c.number).join(', ') })}
                      required={dialog === 'return'} confirmLabel={t(`decision.${dialog}`)} onClose={() => setDialog(null)} onConfirm={decide} />
      )}
      {outcomes && (
        <ul className="bulk-outcome" id="bulk-outcome">
          {outcomes.map(o => (
            <li key={o.id} data-number={o.number} className={o.ok ? 'ok' : 'refused'}>
              <strong>{o.number}</strong> {o.ok ? t('bulk.ok') : t('bulk.refused', { message: o.message })}
            </li>
          ))}
        </ul>
      )}
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
