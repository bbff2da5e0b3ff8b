import { api, PLATFORM } from '../app/api.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { formatDate } from '../ui/format.js'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { CERTIFICATE_STATUSES, certificateQuery, daysLeftText, percent, statusClass } from './certificateModel.js'

const PATH = `${PLATFORM}/training/certificates`

/** The caller's own certificates, expired ones too. */
export function MyCertificates() {
  const { t } = useI18n()
  const mine = useLoad(() => api.get(`${PATH}/mine`), [])
  return (
    <section>
      <h2>{t('certificates.mineTitle')}</h2>
      <Loading state={mine}>{data => <CertificateTable certificates={data} showHolder={false} />}</Loading>
    </section>
  )
}

/** Certificates within reach, filtered by programme, status, expiry window and dealer (kept in the address). */
export function CertificateList({ me, query }) {
  const { t, label } = useI18n()
  const list = useLoad(() => api.get(PATH, certificateQuery(query)), [JSON.stringify(query)])
  const go = changes => navigate('certificates', null, { ...query, ...changes })
  return (
    <section>
      <h2>{t('certificates.title')}</h2>
      <div className="filters">
        <select aria-label={t('certificates.programme')} id="filter-programme" value={query.programme || ''}
                onChange={e => go({ programme: e.target.value })}>
          <option value="">{t('certificates.anyProgramme')}</option>
          {['TECHNICIAN', 'EV_HV', 'SERVICE_ADVISOR'].map(p => <option key={p} value={p}>{label('programme', p)}</option>)}
        </select>
        <select aria-label={t('certificates.status')} id="filter-status" value={query.status || ''} onChange={e => go({ status: e.target.value })}>
          <option value="">{t('filter.anyState')}</option>
          {CERTIFICATE_STATUSES.map(s => <option key={s} value={s}>{label('certificateStatus', s)}</option>)}
        </select>
        <select aria-label={t('certificates.expiring')} id="filter-expiring" value={query.expiringWithinDays || ''}
                onChange={e => go({ expiringWithinDays: e.target.value })}>
          <option value="">{t('certificates.anyExpiry')}</option>
          {['7', '30', '60', '90'].map(d => <option key={d} value={d}>{t('certificates.expiringWithin', { days: d })}</option>)}
        </select>
        {me.scope !== 'DEALER' && <input aria-label={t('claim.dealer')} id="filter-dealer" placeholder={t('claim.dealer')}
                                         defaultValue={query.dealer || ''} onKeyDown={e => e.key === 'Enter' && go({ dealer: e.target.value.trim() })} />}
      </div>
      <Loading state={list}>{data => <CertificateTable certificates={data} showHolder />}</Loading>
    </section>
  )
}

function CertificateTable({ certificates, showHolder }) {
  const { t, label, language } = useI18n()
  return (
    <table className="list" id="certificates">
      <thead>
        <tr>
          <th>{t('certificates.number')}</th>
          {showHolder && <th>{t('certificates.holder')}</th>}
          <th>{t('certificates.programme')}</th>
          <th>{t('certificates.issuedOn')}</th>
          <th>{t('certificates.validThrough')}</th>
          <th>{t('certificates.status')}</th>
          {showHolder && <th>{t('certificates.dealers')}</th>}
        </tr>
      </thead>
      <tbody>
        {certificates.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
        {certificates.map(c => {
          const left = daysLeftText(c.daysLeft)
          return (
            <tr key={c.id} className={`status-${c.status}`}>
              <td className="mono">{c.number}</td>
              {showHolder && <td>{c.holder.name} <span className="muted">{c.holder.staffNumber}</span></td>}
              <td>{c.programmeName} · {c.levelName}</td>
              <td>{formatDate(c.issuedOn, language)}</td>
              <td>{formatDate(c.validThrough, language)} <span className="muted">{t(left.key, left.params)}</span></td>
              <td><span className={statusClass(c.status)}>{label('certificateStatus', c.status)}</span></td>
              {showHolder && <td>{c.currentDealers.join(', ') || '—'}</td>}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** Certification coverage per region and per dealer: the share of people in the role certified, and the requirement met or not. */
export function Coverage({ query }) {
  const { t } = useI18n()
  const report = useLoad(() => api.get(`${PLATFORM}/training/coverage`, { programme: query.programme }), [query.programme])
  return (
    <section>
      <h2>{t('coverage.title')}</h2>
      <div className="filters">
        <select aria-label={t('certificates.programme')} id="filter-programme" value={query.programme || ''}
                onChange={e => navigate('coverage', null, { programme: e.target.value })}>
          <option value="">{t('certificates.anyProgramme')}</option>
          {['TECHNICIAN', 'EV_HV', 'SERVICE_ADVISOR'].map(p => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
      <Loading state={report}>{data => (
        <>
          <p className="muted">{t('coverage.asOf', { day: data.asOf })}</p>
          <h3>{t('coverage.regions')}</h3>
          <table className="list" id="coverage-regions">
            <thead><tr><th>{t('coverage.region')}</th><th>{t('certificates.programme')}</th><th>{t('coverage.share')}</th>
              <th>{t('coverage.dealersMet')}</th></tr></thead>
            <tbody>
              {data.regions.map(r => (
                <tr key={`${r.region}-${r.programme}`}>
                  <td>{r.region}</td><td>{r.programmeName}</td>
                  <td>{percent(r.share)} <span className="muted">{t('coverage.ofPeople', { holders: r.holders, inRole: r.inRole })}</span></td>
                  <td>{r.required ? t('coverage.dealersMetOf', { met: r.dealersMet, dealers: r.dealers }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('coverage.dealers')}</h3>
          <table className="list" id="coverage-dealers">
            <thead><tr><th>{t('claim.dealer')}</th><th>{t('certificates.programme')}</th><th>{t('coverage.share')}</th>
              <th>{t('coverage.requirement')}</th></tr></thead>
            <tbody>
              {data.dealers.length === 0 && <tr><td colSpan={4} className="muted">{t('common.nothing')}</td></tr>}
              {data.dealers.map(d => (
                <tr key={`${d.dealer}-${d.programme}`}>
                  <td>{d.dealerName}</td><td>{d.programmeName}</td>
                  <td>{percent(d.share)} <span className="muted">{t('coverage.ofPeople', { holders: d.holders, inRole: d.inRole })}</span></td>
                  <td>{d.met === null || d.met === undefined ? '—'
                    : <span className={d.met ? 'badge sla ok' : 'badge sla danger'}>{t(d.met ? 'coverage.met' : 'coverage.notMet')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}</Loading>
    </section>
  )
}
