import { useState } from 'react'
import { api, TENANT_ADMIN } from '../app/api.js'
import { can } from '../app/roles.js'
import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { ConfirmDialog, Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { announce } from '../ui/announce.js'
import { forgetDirectory } from '../ui/useDirectory.js'
import { useForm, useLoad } from '../ui/hooks.js'
import { rules } from '../ui/validation.js'

/** Regions and dealers of the network; head office IT creates, moves, suspends and reactivates them. */
export function Network({ me }) {
  const { t, label } = useI18n()
  const regions = useLoad(() => api.get(`${TENANT_ADMIN}/regions`), [])
  const dealers = useLoad(() => api.get(`${TENANT_ADMIN}/dealers`), [])
  const [problem, setProblem] = useState(null)
  // A move or a suspension waits for the user's confirmation: {title, text, label, danger, call, done}.
  const [asking, setAsking] = useState(null)
  const admin = can.administerNetwork(me)
  const change = async (call, done) => {
    setProblem(null)
    try { await call(); forgetDirectory(); dealers.reload(); if (done) announce(done) } catch (error) { setProblem(error) }
  }
  const regionName = (rs, code) => rs.find(r => r.code === code)?.name || code
  const askMove = (rs, d, region) => setAsking({
    title: t('confirm.moveTitle', { dealer: d.name }), text: t('confirm.moveText', { dealer: `${d.name} (${d.code})`, from: regionName(rs, d.region), to: regionName(rs, region) }),
    label: t('confirm.move'), call: () => api.put(`${TENANT_ADMIN}/dealers/${d.code}/region`, { region }),
    done: t('done.dealerMoved', { dealer: d.name, region: regionName(rs, region) })
  })
  const askSuspend = d => setAsking({
    title: t('confirm.suspendTitle', { dealer: d.name }), text: t('confirm.suspendText', { dealer: `${d.name} (${d.code})` }),
    label: t('network.suspend'), danger: true, call: () => api.put(`${TENANT_ADMIN}/dealers/${d.code}/suspension`),
    done: t('done.dealerSuspended', { dealer: d.name })
  })
  return (
    <section>
      <h2>{t('network.title', { network: me.network })}</h2>
      <ProblemBanner problem={problem} />
      {asking && <ConfirmDialog title={asking.title} text={asking.text} confirmLabel={asking.label} danger={asking.danger}
                                onClose={() => setAsking(null)}
                                onConfirm={async () => { await asking.call(); setAsking(null); forgetDirectory(); dealers.reload(); announce(asking.done) }} />}
      <Loading state={regions}>{rs => (
        <>
          <h3>{t('network.regions')}</h3>
          <ul className="chips">{rs.map(r => <li key={r.code}>{r.name} <span className="muted">{r.code}</span></li>)}</ul>
          {admin && <NewRegion onCreated={regions.reload} />}
          <h3>{t('network.dealers')}</h3>
          <Loading state={dealers}>{ds => (
            <table className="list" id="dealers">
              <thead><tr><th>{t('network.code')}</th><th>{t('network.name')}</th><th>{t('network.city')}</th><th>{t('network.region')}</th><th>{t('users.status')}</th><th /></tr></thead>
              <tbody>
                {ds.map(d => (
                  <tr key={d.code}>
                    <td>{d.code}</td><td>{d.name}</td><td>{d.city}</td>
                    <td>{admin
                      ? <select aria-label={t('network.region')} value={d.region} onChange={e => askMove(rs, d, e.target.value)}>
                          {rs.map(r => <option key={r.code} value={r.code}>{r.name}</option>)}
                        </select>
                      : d.region}</td>
                    <td>{label('dealerStatus', d.status)}</td>
                    <td className="row-actions">
                      <a href={routeHref('search', null, { dealer: d.code })}>{t('network.cases')}</a>
                      {admin && (d.status === 'ACTIVE'
                        ? <button type="button" className="danger" onClick={() => askSuspend(d)}>{t('network.suspend')}</button>
                        : <button type="button" onClick={() => change(() => api.delete(`${TENANT_ADMIN}/dealers/${d.code}/suspension`), t('done.dealerReactivated', { dealer: d.name }))}>{t('network.reactivate')}</button>)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}</Loading>
          {admin && <NewDealer regions={rs} onCreated={dealers.reload} />}
        </>
      )}</Loading>
    </section>
  )
}

function NewRegion({ onCreated }) {
  const { t } = useI18n()
  const form = useForm({ code: '', name: '' }, { code: [rules.required, rules.pattern(/^[a-z0-9][a-z0-9-]{1,39}$/, 'network.codePattern')], name: [rules.required] })
  const create = () => form.submit(async v => { await api.post(`${TENANT_ADMIN}/regions`, v); form.setValues({ code: '', name: '' }); onCreated() })
  return (
    <form className="form inline" onSubmit={e => { e.preventDefault(); create() }} noValidate>
      <Field form={form} name="code" label={t('network.code')} required />
      <Field form={form} name="name" label={t('network.name')} required />
      <ProblemBanner problem={form.failure} />
      <button type="submit" disabled={form.busy}>{t('network.addRegion')}</button>
    </form>
  )
}

function NewDealer({ regions, onCreated }) {
  const { t } = useI18n()
  const empty = { code: '', region: regions[0]?.code || '', name: '', city: '' }
  const form = useForm(empty, { code: [rules.required, rules.pattern(/^[a-z0-9][a-z0-9-]{2,39}$/, 'network.codePattern')], region: [rules.required], name: [rules.required], city: [rules.required] })
  const create = () => form.submit(async v => { await api.post(`${TENANT_ADMIN}/dealers`, v); form.setValues(empty); onCreated() })
  return (
    <form className="form inline" onSubmit={e => { e.preventDefault(); create() }} noValidate>
      <Field form={form} name="code" label={t('network.code')} required />
      <Field form={form} name="region" label={t('network.region')} required>
        <select id="field-dealer-region" value={form.values.region} onChange={e => form.set('region', e.target.value)}>
          {regions.map(r => <option key={r.code} value={r.code}>{r.name}</option>)}
        </select>
      </Field>
      <Field form={form} name="name" label={t('network.name')} required />
      <Field form={form} name="city" label={t('network.city')} required />
      <ProblemBanner problem={form.failure} />
      <button type="submit" disabled={form.busy}>{t('network.addDealer')}</button>
    </form>
  )
}
