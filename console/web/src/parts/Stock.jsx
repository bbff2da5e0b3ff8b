import { useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { ApiProblem } from '../app/problem.js'
import { can } from '../app/roles.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { formatDateTime, formatMoney } from '../ui/format.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { ImportBox } from '../training/ImportBox.jsx'
import { quantityError, warehouseError, warehousesOf } from './partsModel.js'

export const STOCK = `${PLATFORM}/parts/stock`

/** The OEM's stock per warehouse and part with the demand still open; the parts department sets quantities and imports files. */
export function Stock({ me, query }) {
  const { t, language } = useI18n()
  const filter = { warehouse: query.warehouse || '', part: query.part || '' }
  const all = useLoad(() => api.get(STOCK), [])
  const stock = useLoad(() => api.get(STOCK, filter), [filter.warehouse, filter.part])
  const keeper = can.keepParts(me)
  const reload = () => { all.reload(); stock.reload() }
  const set = (name, value) => navigate('partsStock', null, { ...filter, [name]: value })
  return (
    <section>
      <h2>{t('menu.partsStock')}</h2>
      <p className="muted">{t('parts.stock.explain')}</p>
      <div className="filters">
        <select id="filter-warehouse" aria-label={t('parts.warehouse')} value={filter.warehouse} onChange={e => set('warehouse', e.target.value)}>
          <option value="">{t('parts.anyWarehouse')}</option>
          {warehousesOf(all.data).map(w => <option key={w} value={w}>{w}</option>)}
        </select>
        <input id="filter-part" placeholder={t('claim.partNumber')} aria-label={t('claim.partNumber')} defaultValue={filter.part}
               onKeyDown={e => { if (e.key === 'Enter') set('part', e.target.value.trim()) }} />
      </div>
      <Loading state={stock}>{rows => (
        <table className="list" id="stock">
          <thead><tr><th>{t('parts.warehouse')}</th><th>{t('claim.partNumber')}</th><th className="number">{t('claim.unitPrice')}</th>
            <th className="number">{t('parts.quantity')}</th><th className="number">{t('parts.openDemand')}</th><th>{t('parts.updatedAt')}</th></tr></thead>
          <tbody>
            {rows.length === 0 && <tr><td colSpan={6} className="muted">{t('common.nothing')}</td></tr>}
            {rows.map(s => (
              <tr key={`${s.warehouse}/${s.partNumber}`} data-warehouse={s.warehouse} data-part={s.partNumber}
                  className={s.openDemand > s.quantity ? 'short' : ''}>
                <td>{s.warehouse}</td>
                <td>{s.partNumber}<div className="muted">{s.description}</div></td>
                <td className="number">{formatMoney(s.unitPrice, language)}</td>
                <td className="number">{keeper ? <QuantityEditor row={s} onSaved={reload} /> : s.quantity}</td>
                <td className="number">{s.openDemand}{s.openDemand > s.quantity && <span className="badge warn">{t('parts.short')}</span>}</td>
                <td>{formatDateTime(s.updatedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</Loading>
      {keeper && <SetStock onSaved={reload} />}
      {keeper && <ImportBox id="stock-import" path={`${STOCK}/import`} templatePath={`${STOCK}/template`} templateName="stock"
                            onImported={reload} done={result => t('parts.stock.imported', { rows: result.rows })} />}
    </section>
  )
}

/** One row's quantity, changed in place: the server's message shows under it. */
function QuantityEditor({ row, onSaved }) {
  const { t } = useI18n()
  const [value, setValue] = useState(null)
  const [error, setError] = useState(null)
  if (value === null) {
    return <>{row.quantity} <button type="button" className="link edit-quantity" onClick={() => setValue(String(row.quantity))}>{t('parts.change')}</button></>
  }
  const local = quantityError(value, 0)
  const save = async () => {
    if (local) return
    try {
      await api.put(`${STOCK}/${encodeURIComponent(row.warehouse)}/${encodeURIComponent(row.partNumber)}`, { quantity: Number(value) })
      setValue(null); setError(null)
      onSaved()
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e
      setError(e.fieldErrors.quantity || e.message)
    }
  }
  return (
    <span className="quantity-editor">
      <input type="number" min={0} value={value} aria-label={t('parts.quantity')} autoFocus
             onChange={e => { setValue(e.target.value); setError(null) }} onKeyDown={e => { if (e.key === 'Enter') save() }} />
      <button type="button" className="primary save-quantity" onClick={save}>{t('parts.save')}</button>
      <button type="button" className="link" onClick={() => { setValue(null); setError(null) }}>{t('common.cancel')}</button>
      {(local || error) && <div className="field-error">{local ? t(...[].concat(local)) : error}</div>}
    </span>
  )
}

/** Sets a part's quantity in a warehouse, new or not. */
function SetStock({ onSaved }) {
  const { t } = useI18n()
  const form = useForm({ warehouse: '', partNumber: '', quantity: '' }, values => {
    const errors = {}
    const warehouse = warehouseError(values.warehouse)
    if (warehouse) errors.warehouse = warehouse
    if (!values.partNumber.trim()) errors.partNumber = 'validation.required'
    const quantity = quantityError(values.quantity, 0)
    if (quantity) errors.quantity = quantity
    return errors
  })
  const save = () => form.submit(async values => {
    await api.put(`${STOCK}/${encodeURIComponent(values.warehouse.trim())}/${encodeURIComponent(values.partNumber.trim())}`,
      { quantity: Number(values.quantity) })
    form.setValues({ warehouse: values.warehouse, partNumber: '', quantity: '' })
    onSaved()
  })
  return (
    <form className="form inline" id="set-stock" onSubmit={e => { e.preventDefault(); save() }} noValidate>
      <h3 className="wide">{t('parts.stock.set')}</h3>
      <Field form={form} name="warehouse" label={t('parts.warehouse')} required maxLength={20} />
      <Field form={form} name="partNumber" label={t('claim.partNumber')} required maxLength={40} />
      <Field form={form} name="quantity" label={t('parts.quantity')} type="number" min={0} required />
      <button type="submit" id="set-stock-button" className="primary" disabled={form.busy}>{t('parts.save')}</button>
      {form.failure && !['warehouse', 'partNumber', 'quantity'].some(f => form.serverErrors[f]) && <ProblemBanner problem={form.failure} />}
    </form>
  )
}
