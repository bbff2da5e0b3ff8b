import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDate } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'

const list = text => text.split(/[\s,]+/).map(s => s.trim()).filter(Boolean)

/** Campaigns of the network; the claims or quality department publishes them and imports their VINs. */
export function Campaigns({ me }) {
  const { t, language } = useI18n()
  const campaigns = useLoad(() => api.get(`${PLATFORM}/warranty/campaigns`), [])
  const publisher = can.publishCampaigns(me)
  return (
    <section>
      <h2>{t('campaigns.title')}</h2>
      <Loading state={campaigns}>{cs => (
        <table className="list" id="campaigns">
          <thead><tr><th>{t('network.code')}</th><th>{t('campaigns.titleField')}</th><th>{t('campaigns.operations')}</th><th>{t('claim.parts')}</th><th>{t('campaigns.valid')}</th><th>{t('campaigns.vehicles')}</th>{publisher && <th />}</tr></thead>
          <tbody>
            {cs.length === 0 && <tr><td colSpan={7} className="muted">{t('common.nothing')}</td></tr>}
            {cs.map(c => (
              <tr key={c.code}>
                <td>{c.code}</td><td>{c.title}</td><td>{c.laborOperations.join(', ')}</td><td>{c.parts.join(', ')}</td>
                <td>{formatDate(c.validFrom, language)} – {formatDate(c.validTo, language)}</td>
                <td>{t('campaigns.claimedOf', { claimed: c.claimed, vehicles: c.vehicles })}</td>
                {publisher && <td><VinImport code={c.code} onImported={campaigns.reload} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
      {publisher && <Publish onPublished={campaigns.reload} />}
    </section>
  )
}

function VinImport({ code, onImported }) {
  const { t } = useI18n()
  const [message, setMessage] = useState(null)
  const importFile = async file => {
    try {
      const result = await api.upload(`${PLATFORM}/warranty/campaigns/${code}/vehicles`, new File([await file.text()], file.name, { type: 'text/plain' }))
      setMessage(t('campaigns.imported', result))
      onImported()
    } catch (error) { setMessage(error.message) }
  }
  return (
    <label className="button">{t('campaigns.importVins')}
      <input type="file" accept=".txt,.csv,text/plain" hidden onChange={e => e.target.files[0] && importFile(e.target.files[0])} />
      {message && <span className="muted"> {message}</span>}
    </label>
  )
}

function Publish({ onPublished }) {
  const { t } = useI18n()
  const empty = { code: '', title: '', laborOperations: '', parts: '', validFrom: '', validTo: '' }
  const form = useForm(empty, {
    code: [rules.required, rules.pattern(/^[A-Z0-9][A-Z0-9-]*$/, 'campaigns.codePattern')], title: [rules.required, rules.maxLength(200)],
    laborOperations: [rules.required], validFrom: [rules.required], validTo: [rules.required, (v, all) => (v && all.validFrom && v < all.validFrom ? 'campaigns.endBeforeStart' : null)]
  })
  const publish = () => form.submit(async v => {
    await api.post(`${PLATFORM}/warranty/campaigns`, { ...v, laborOperations: list(v.laborOperations), parts: list(v.parts) })
    form.setValues(empty)
    onPublished()
  })
  return (
    <form className="form grid" onSubmit={e => { e.preventDefault(); publish() }} noValidate>
      <h3 className="wide">{t('campaigns.publish')}</h3>
      <Field form={form} name="code" label={t('network.code')} required />
      <Field form={form} name="title" label={t('campaigns.titleField')} required />
      <Field form={form} name="laborOperations" label={t('campaigns.operations')} required placeholder="EN-101, AC-201" />
      <Field form={form} name="parts" label={t('claim.parts')} placeholder="P-10001" />
      <Field form={form} name="validFrom" label={t('campaigns.validFrom')} type="date" required />
      <Field form={form} name="validTo" label={t('campaigns.validTo')} type="date" required />
      <div className="wide"><ProblemBanner problem={form.failure} /><button type="submit" className="primary" disabled={form.busy}>{t('campaigns.publish')}</button></div>
    </form>
  )
}
