import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner, ReasonDialog } from '../ui/controls.jsx'
import { formatDate, formatDateTime } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'

const STATES = ['REQUESTED', 'GRANTED', 'REFUSED']

/** The dealer requests a TAC pre-authorisation for a special part; the TAC grants or refuses. */
export function PreAuthorisations({ me, query }) {
  const { t, label, language } = useI18n()
  const state = query.state || 'REQUESTED'
  const list = useLoad(() => api.get(`${PLATFORM}/pre-authorisations`, { state }), [state])
  const [deciding, setDeciding] = useState(null)
  return (
    <section>
      <h2>{t('preAuthorisation.title')}</h2>
      {can.requestPreAuthorisation(me) && <RequestForm onRequested={list.reload} />}
      <div className="tabs">
        {STATES.map(s => <button key={s} type="button" className={s === state ? 'active' : ''} onClick={() => navigate('preAuthorisations', null, { state: s })}>{label('state', s)}</button>)}
      </div>
      <Loading state={list}>{items => (
        <table className="list">
          <thead><tr><th>{t('claim.number')}</th><th>{t('claim.dealer')}</th><th>VIN</th><th>{t('claim.partNumber')}</th><th>{t('preAuthorisation.description')}</th><th>{t('preAuthorisation.grantedOn')}</th><th>{t('preAuthorisation.expiresOn')}</th><th>{t('preAuthorisation.claims')}</th><th>{t('claim.updatedAt')}</th><th /></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={10} className="muted">{t('common.nothing')}</td></tr>}
            {items.map(p => (
              <tr key={p.request.id}>
                <td>{p.request.number}</td><td>{p.request.dealer}</td><td className="mono">{p.vin}</td><td>{p.part}</td>
                <td>{p.request.description}</td><td>{formatDate(p.grantedOn, language)}</td><td>{formatDate(p.expiresOn, language)}</td>
                <td className="number">{p.request.state === 'GRANTED' ? p.claimsAllowed : ''}</td><td>{formatDateTime(p.request.updatedAt, language)}</td>
                <td>
                  {p.allowedActions.includes('GRANT') && <button type="button" onClick={() => setDeciding({ p, grant: true })}>{t('preAuthorisation.grant')}</button>}
                  {p.allowedActions.includes('REFUSE') && <button type="button" onClick={() => setDeciding({ p, grant: false })}>{t('preAuthorisation.refuse')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
      {deciding && <TacDecision {...deciding} onClose={() => setDeciding(null)} onDone={() => { setDeciding(null); list.reload() }} />}
    </section>
  )
}

function TacDecision({ p, grant, onClose, onDone }) {
  const { t } = useI18n()
  const inThirtyDays = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10)
  const [expiresOn, setExpiresOn] = useState(inThirtyDays)
  const [claims, setClaims] = useState(1)
  return (
    <ReasonDialog title={t(grant ? 'preAuthorisation.grantTitle' : 'preAuthorisation.refuseTitle', { number: p.request.number })}
                  required={!grant} confirmLabel={t(grant ? 'preAuthorisation.grant' : 'preAuthorisation.refuse')} onClose={onClose}
                  onConfirm={async note => {
                    await api.post(`${PLATFORM}/pre-authorisations/${p.request.id}/${grant ? 'grant' : 'refuse'}`, grant ? { expiresOn, claims: Number(claims), note: note || null } : { note })
                    onDone()
                  }}>
      {grant && <><label htmlFor="expires-on">{t('preAuthorisation.expiresOn')}</label>
        <input id="expires-on" type="date" value={expiresOn} onChange={e => setExpiresOn(e.target.value)} />
        <label htmlFor="grant-claims">{t('preAuthorisation.claims')}</label>
        <input id="grant-claims" type="number" min="1" max="99" value={claims} onChange={e => setClaims(e.target.value)} /></>}
    </ReasonDialog>
  )
}

function RequestForm({ onRequested }) {
  const { t } = useI18n()
  const form = useForm({ vin: '', part: '', description: '' },
    { vin: [rules.required, rules.vin], part: [rules.required, rules.maxLength(40)], description: [rules.required, rules.maxLength(4000)] })
  const send = () => form.submit(async values => {
    await api.post(`${PLATFORM}/pre-authorisations`, { vin: values.vin.trim().toUpperCase(), part: values.part.trim(), description: values.description.trim() })
    form.setValues({ vin: '', part: '', description: '' })
    onRequested()
  })
  return (
    <form className="form inline" onSubmit={e => { e.preventDefault(); send() }} noValidate>
      <h3>{t('preAuthorisation.request')}</h3>
      <Field form={form} name="vin" label="VIN" required className="mono" />
      <Field form={form} name="part" label={t('claim.partNumber')} required />
      <Field form={form} name="description" label={t('preAuthorisation.description')} type="textarea" required rows={2} />
      <ProblemBanner problem={form.failure} />
      <button type="submit" className="primary" disabled={form.busy}>{t('preAuthorisation.send')}</button>
    </form>
  )
}
