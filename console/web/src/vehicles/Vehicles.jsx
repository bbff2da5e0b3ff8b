import { api, PLATFORM } from '../app/api.js'
import { can } from '../app/roles.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDate } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'
import { LedgerPanel } from '../threeguarantees/LedgerPanel.jsx'

/**
 * A vehicle as the network knows it: model, sale date, warranty end and the repairs claimed on it
 * by any dealer of the network. The claims department corrects a wrong model or sale date.
 */
export function Vehicles({ me, query }) {
  const { t } = useI18n()
  const vin = (query.vin || '').trim().toUpperCase()
  const vehicle = useLoad(() => (vin ? api.get(`${PLATFORM}/warranty/vehicles/${encodeURIComponent(vin)}`) : Promise.resolve(null)), [vin])
  return (
    <section>
      <h2>{t('vehicle.title')}</h2>
      <form className="searchbar" onSubmit={e => { e.preventDefault(); navigate('vehicles', null, { vin: e.target.elements.vin.value.trim() }) }}>
        <input name="vin" id="vehicle-vin" className="mono" defaultValue={vin} placeholder="VIN" aria-label="VIN" />
        <button type="submit" className="primary" id="vehicle-go">{t('vehicle.look')}</button>
      </form>
      <Loading state={vehicle}>{v => !v ? <p className="muted">{t('vehicle.chooseVin')}</p> : (
        <VehicleRecord me={me} vehicle={v} onCorrected={vehicle.reload} />
      )}</Loading>
    </section>
  )
}

function VehicleRecord({ me, vehicle, onCorrected }) {
  const { t, language } = useI18n()
  return (
    <>
      <dl className="facts" id="vehicle">
        <dt>VIN</dt><dd className="mono">{vehicle.vin}</dd>
        <dt>{t('claim.model')}</dt><dd id="vehicle-model">{vehicle.model}</dd>
        <dt>{t('claim.saleDate')}</dt><dd id="vehicle-sale-date">{formatDate(vehicle.saleDate, language)}</dd>
        <dt>{t('vehicle.warrantyEnds')}</dt><dd>{formatDate(vehicle.warrantyEnds, language)} · {vehicle.warrantyKm.toLocaleString(language)} km</dd>
        <dt>{t('vehicle.lastKnownMileage')}</dt><dd>{vehicle.lastKnownMileage == null ? '—' : `${vehicle.lastKnownMileage.toLocaleString(language)} km`}</dd>
      </dl>
      <h3>{t('vehicle.repairs')}</h3>
      <table className="list" id="vehicle-repairs">
        <thead><tr><th>{t('claim.number')}</th><th>{t('claim.repairDate')}</th><th>{t('claim.mileage')}</th><th>{t('campaigns.operations')}</th></tr></thead>
        <tbody>
          {vehicle.repairs.length === 0 && <tr><td colSpan={4} className="muted">{t('common.nothing')}</td></tr>}
          {vehicle.repairs.map(r => (
            <tr key={r.claimNumber}><td>{r.claimNumber}</td><td>{formatDate(r.repairDate, language)}</td>
              <td className="number">{r.mileage.toLocaleString(language)}</td><td>{r.laborOperations.join(', ')}</td></tr>
          ))}
        </tbody>
      </table>
      <LedgerPanel vin={vehicle.vin} />
      {can.correctVehicles(me) && <CorrectionForm vehicle={vehicle} onCorrected={onCorrected} />}
    </>
  )
}

function CorrectionForm({ vehicle, onCorrected }) {
  const { t } = useI18n()
  const form = useForm({ model: vehicle.model, saleDate: vehicle.saleDate, reason: '' },
    { model: [rules.required, rules.maxLength(40)], saleDate: [rules.required, rules.notInFuture], reason: [rules.required, rules.maxLength(2000)] })
  const send = () => form.submit(async values => {
    await api.put(`${PLATFORM}/warranty/vehicles/${encodeURIComponent(vehicle.vin)}`,
      { model: values.model.trim(), saleDate: values.saleDate, reason: values.reason.trim() })
    form.setValues({ ...values, reason: '' })
    onCorrected()
  })
  return (
    <form className="form grid" id="vehicle-correction" onSubmit={e => { e.preventDefault(); send() }} noValidate>
      <h3 className="wide">{t('vehicle.correct')}</h3>
      <p className="muted wide">{t('vehicle.correctHint')}</p>
      <Field form={form} name="model" label={t('claim.model')} required />
      <Field form={form} name="saleDate" label={t('claim.saleDate')} type="date" required />
      <Field form={form} name="reason" label={t('vehicle.reason')} type="textarea" required rows={2} />
      <div className="wide">
        <ProblemBanner problem={form.failure} />
        <button type="submit" className="primary" disabled={form.busy}>{t('vehicle.saveCorrection')}</button>
      </div>
    </form>
  )
}
