import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { trainingPages } from './trainingPages.js'

/** Training and certification: the pages this caller may open, each with what it is for. */
export function TrainingHome({ me }) {
  const { t } = useI18n()
  const pages = trainingPages(me)
  return (
    <section>
      <h2>{t('menu.training')}</h2>
      {pages.length === 0 && <p className="muted">{t('common.nothing')}</p>}
      <ul className="hub" id="training-pages">
        {pages.map(page => (
          <li key={page}><a id={`training-${page}`} href={routeHref(page)}>{t(`menu.${page}`)}</a>
            <div className="muted">{t(`training.about.${page}`)}</div></li>
        ))}
      </ul>
    </section>
  )
}
