import { navigate } from '../app/useRoute.js'
import { useI18n } from '../i18n/I18n.jsx'

/** A list's states as tabs, "any state" first; choosing one navigates to the page with `?state=`. */
export function StateTabs({ page, states, current }) {
  const { t, label } = useI18n()
  return (
    <div className="tabs">
      <button type="button" className={current === '' ? 'active' : ''} onClick={() => navigate(page)}>{t('filter.anyState')}</button>
      {states.map(s => (
        <button key={s} type="button" id={`state-${s}`} className={s === current ? 'active' : ''}
                onClick={() => navigate(page, null, { state: s })}>{label('state', s)}</button>
      ))}
    </div>
  )
}
