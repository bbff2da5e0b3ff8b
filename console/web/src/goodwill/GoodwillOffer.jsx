import { api, PLATFORM } from '../app/api.js'
import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'
import { Field, Loading, ProblemBanner } from '../ui/controls.jsx'
import { useForm, useLoad } from '../ui/hooks.js'
import { EMPTY_OFFER, offerBody, offerErrors } from './goodwillModel.js'

/** The FMC offers goodwill on a dispatched complaint: the cap, how the cost is split, the conditions. */
export function GoodwillOffer({ query }) {
  const { t } = useI18n()
  const complaint = useLoad(() => api.get(`${PLATFORM}/complaints/${query.complaint}`), [query.complaint])
  const form = useForm(EMPTY_OFFER, offerErrors)
  const offer = () => form.submit(async values => {
    const opened = await api.post(`${PLATFORM}/goodwill`, offerBody(query.complaint, values))
    navigate('goodwill', opened.id)
  })
  return (
    <section>
      <Loading state={complaint}>{c => <h2>{t('goodwill.offerFor', { number: c.number, subject: c.subject })}</h2>}</Loading>
      <form className="form grid" id="goodwill-offer" onSubmit={e => { e.preventDefault(); offer() }} noValidate>
        <Field form={form} name="capAmount" label={t('goodwill.cap')} type="number" step="0.01" min="0" required />
        <Field form={form} name="oemSharePercent" label={t('goodwill.oemShare')} type="number" min="0" max="100" required />
        <Field form={form} name="dealerSharePercent" label={t('goodwill.dealerShare')} type="number" min="0" max="100" required />
        <Field form={form} name="customerSharePercent" label={t('goodwill.customerShare')} type="number" min="0" max="100" required />
        <div className="wide"><Field form={form} name="conditions" label={t('goodwill.conditions')} type="textarea" rows={3} required /></div>
        <div className="wide">
          {form.serverErrors.complaint && <div className="field-error" data-field="complaint">{form.serverErrors.complaint}</div>}
          <ProblemBanner problem={form.failure} />
          <button type="submit" id="open-goodwill" className="primary" disabled={form.busy}>{t('goodwill.open')}</button>
        </div>
      </form>
    </section>
  )
}
