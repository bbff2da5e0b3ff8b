import { api, PLATFORM, TENANT_ADMIN } from '../app/api.js'
import { unplacedErrors } from '../app/problem.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, ProblemBanner, Select } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { CATEGORIES, complaintBody, complaintErrors, EMPTY_COMPLAINT, EMERGENCY_FIELDS, FAULT_CATEGORIES, MEDIA_FIELDS, SOURCES } from './complaintModel.js'

const PLACED = ['dealer', 'source', 'category', 'customerName', 'customerPhone', 'vin', 'model', 'faultCategory', 'subject', 'description',
  ...EMERGENCY_FIELDS, ...MEDIA_FIELDS]

/** CAC records a complaint for a dealer, and may dispatch it at once. */
export function ComplaintForm() {
  const { t, label } = useI18n()
  const dealers = useLoad(() => api.get(`${TENANT_ADMIN}/dealers`).catch(() => []), [])
  const form = useForm(EMPTY_COMPLAINT, complaintErrors)
  const v = form.values
  const record = dispatch => form.submit(async values => {
    const recorded = await api.post(`${PLATFORM}/complaints`, complaintBody(values))
    if (dispatch) {
      try {
        await api.post(`${PLATFORM}/complaints/${recorded.id}/dispatch`, {})
      } finally {
        navigate('complaints', recorded.id)
      }
    } else {
      navigate('complaints', recorded.id)
    }
  })
  const unplaced = unplacedErrors(form.serverErrors, PLACED)
  return (
    <section>
      <h2>{t('complaints.new')}</h2>
      <form className="form grid" id="complaint-form" onSubmit={e => { e.preventDefault(); record(false) }} noValidate>
        <Field form={form} name="dealer" label={t('claim.dealer')} required list="dealer-codes" />
        <datalist id="dealer-codes">{(dealers.data || []).map(d => <option key={d.code} value={d.code}>{d.name}</option>)}</datalist>
        <Select form={form} name="source" label={t('complaints.source')} options={SOURCES} render={s => label('source', s)} required />
        <Select form={form} name="category" label={t('complaints.category')} options={CATEGORIES} render={c => label('complaintCategory', c)} required />
        <Field form={form} name="customerName" label={t('complaints.customerName')} required />
        <Field form={form} name="customerPhone" label={t('complaints.customerPhone')} type="tel" required />
        <Field form={form} name="vin" label="VIN" required className="mono" />
        <Field form={form} name="model" label={t('claim.model')} required />
        <Select form={form} name="faultCategory" label={t('complaints.faultCategory')} options={FAULT_CATEGORIES} render={f => label('fault', f)} required />
        <Field form={form} name="subject" label={t('case.subject')} required />
        <div className="wide"><Field form={form} name="description" label={t('complaints.description')} type="textarea" rows={3} /></div>
        <fieldset className="wide">
          <label className="check"><input type="checkbox" id="field-isEmergency" checked={v.isEmergency} onChange={e => form.set('isEmergency', e.target.checked)} /> {t('complaints.emergencyFlag')}</label>
          {v.isEmergency && <div className="line">
            <Field form={form} name="emergency.insuranceStatus" label={t('complaints.insuranceStatus')} required />
            <Field form={form} name="emergency.aftermarketModifications" label={t('complaints.aftermarketModifications')} required />
            <Field form={form} name="emergency.policeReport" label={t('complaints.policeReport')} required />
          </div>}
        </fieldset>
        <fieldset className="wide">
          <label className="check"><input type="checkbox" id="field-isMedia" checked={v.isMedia} onChange={e => form.set('isMedia', e.target.checked)} /> {t('complaints.mediaFlag')}</label>
          {v.isMedia && <div className="line">
            <Field form={form} name="media.mediaName" label={t('complaints.mediaName')} required />
            <Field form={form} name="media.column" label={t('complaints.mediaColumn')} />
            <Field form={form} name="media.reporterName" label={t('complaints.reporterName')} required />
            <Field form={form} name="media.reporterContact" label={t('complaints.reporterContact')} required />
          </div>}
        </fieldset>
        <div className="wide">
          {unplaced.map(m => <div key={m} className="field-error">{m}</div>)}
          <ProblemBanner problem={form.failure} />
          <div className="actions">
            <button type="submit" id="record-complaint" disabled={form.busy}>{t('complaints.record')}</button>
            <button type="button" id="record-and-dispatch" className="primary" disabled={form.busy} onClick={() => record(true)}>{t('complaints.recordAndDispatch')}</button>
          </div>
        </div>
      </form>
    </section>
  )
}
