import { useState } from 'react'
import { api } from '../app/api.js'
import { routeHref } from '../app/routes.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { CaseActions } from '../ui/CaseActions.jsx'
import { Field, Loading, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { auditBody, auditErrors, EMPTY_AUDIT, FINDING_ACTIONS, PARTS_API, partsCan, percent } from './partsCampaignModel.js'

const AUDITS = `${PARTS_API}/audits`
const TARGETS = `${PARTS_API}/targets`

/** Parts targets per dealer (the parts department edits them) and the audits within reach with their open findings. */
export function PartsAudits({ me }) {
  const { t, label } = useI18n()
  const audits = useLoad(() => api.get(AUDITS), [])
  return (
    <section>
      <h2>{t('menu.partsAudits')}</h2>
      <Targets me={me} />
      <h3>{t('parts.audits')}</h3>
      {partsCan.keepAudits(me) && <p><a className="button primary" id="new-audit" href={routeHref('partsAudits', 'new')}>{t('parts.audit.new')}</a></p>}
      <Loading state={audits}>{items => (
        <table className="list" id="audits">
          <thead><tr><th>{t('parts.audit.on')}</th><th>{t('claim.dealer')}</th><th>{t('parts.audit.auditor')}</th><th className="number">{t('parts.audit.open')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={4} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(a => (
              <tr key={a.id}><td><a href={routeHref('partsAudits', a.id)}>{a.auditedOn}</a></td><td>{a.dealer}</td>
                <td>{a.auditor} <span className="muted">{label('auditorKind', a.auditorKind)}</span></td><td className="number">{a.openFindings}</td></tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
    </section>
  )
}

function Targets({ me }) {
  const { t } = useI18n()
  const targets = useLoad(() => api.get(TARGETS), [])
  const [problem, setProblem] = useState(null)
  const save = (dealer, row) => async event => {
    event.preventDefault()
    const data = new FormData(event.target)
    setProblem(null)
    try {
      await api.put(`${TARGETS}/${dealer}`, { fillRatePercent: Number(data.get('fillRatePercent')), daysOfSupply: Number(data.get('daysOfSupply')) })
      targets.reload()
    } catch (error) { setProblem(error) }
    return row
  }
  const edit = partsCan.keepAudits(me)
  return (
    <>
      <h3>{t('parts.targets')}</h3>
      <ProblemBanner problem={problem} />
      <Loading state={targets}>{items => (
        <table className="list" id="targets">
          <thead><tr><th>{t('claim.dealer')}</th><th className="number">{t('parts.target.fillRate')}</th><th className="number">{t('parts.target.days')}</th><th /></tr></thead>
          <tbody>{items.map(row => (
            <tr key={row.dealer} data-dealer={row.dealer}>
              <td>{row.dealerName}<div className="muted">{row.dealer}</div></td>
              {edit
                ? <td colSpan={3}><form className="inline" onSubmit={save(row.dealer, row)}>
                    <input name="fillRatePercent" type="number" min="0" max="100" step="0.01" defaultValue={row.fillRatePercent ?? ''} aria-label={t('parts.target.fillRate')} />
                    <input name="daysOfSupply" type="number" min="1" max="365" defaultValue={row.daysOfSupply ?? ''} aria-label={t('parts.target.days')} />
                    <button type="submit">{t('parts.target.save')}</button></form></td>
                : <><td className="number">{percent(row.fillRatePercent)}</td><td className="number">{row.daysOfSupply ?? '—'}</td><td /></>}
            </tr>
          ))}</tbody>
        </table>
      )}</Loading>
    </>
  )
}

/** The parts department records an audit: its day, auditor (own staff or a named third party), and one finding per line. */
export function AuditForm() {
  const { t, label } = useI18n()
  const form = useForm(EMPTY_AUDIT, auditErrors)
  const submit = () => form.submit(async values => {
    const created = await api.post(AUDITS, auditBody(values))
    navigate('partsAudits', created.id)
  })
  return (
    <section>
      <h2>{t('parts.audit.new')}</h2>
      <form className="form grid" id="audit-form" onSubmit={e => { e.preventDefault(); submit() }} noValidate>
        <Field form={form} name="dealer" label={t('claim.dealer')} required />
        <Field form={form} name="auditedOn" label={t('parts.audit.on')} type="date" required />
        <Select form={form} name="auditorKind" label={t('parts.audit.kind')} options={['OWN_STAFF', 'THIRD_PARTY']} render={k => label('auditorKind', k)} />
        <Field form={form} name="auditor" label={t('parts.audit.auditor')} />
        <div className="wide"><Field form={form} name="summary" label={t('parts.audit.summary')} type="textarea" rows={2} /></div>
        <div className="wide"><Field form={form} name="findings" label={t('parts.audit.findingsOnePerLine')} type="textarea" rows={4} /></div>
        <div className="wide">
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="submit-audit" className="primary" disabled={form.busy}>{t('parts.audit.record')}</button>
        </div>
      </form>
    </section>
  )
}

/** One audit and its findings, each with the steps the caller may take on it (respond, return, close). */
export function AuditPage({ id }) {
  const { t, label } = useI18n()
  const audit = useLoad(() => api.get(`${AUDITS}/${id}`), [id])
  return (
    <Loading state={audit}>{a => (
      <section className="case">
        <h2>{t('parts.audit.of', { dealer: a.dealer, date: a.auditedOn })}</h2>
        <dl className="facts">
          <dt>{t('parts.audit.auditor')}</dt><dd>{a.auditor} ({label('auditorKind', a.auditorKind)})</dd>
          <dt>{t('parts.audit.summary')}</dt><dd>{a.summary || '—'}</dd>
          <dt>{t('parts.audit.open')}</dt><dd id="audit-open">{a.openFindings}</dd>
        </dl>
        <ol className="findings" id="findings">{a.findings.map(f => (
          <li key={f.id} data-state={f.state}>
            <p><span className="badge">{label('state', f.state)}</span> {f.text}</p>
            {f.response && <p className="muted">{t('parts.response')}: {f.response}</p>}
            {f.note && <p className="muted">{t('parts.closingNote')}: {f.note}</p>}
            <CaseActions path={`${AUDITS}/findings/${f.id}`} allowed={f.allowedActions} specs={FINDING_ACTIONS} number={`#${f.no}`} onDone={audit.reload} />
          </li>
        ))}</ol>
      </section>
    )}</Loading>
  )
}
