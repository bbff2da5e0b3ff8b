import { routeHref } from '../app/routes.js'
import { useI18n } from '../i18n/I18n.jsx'
import { partsPages } from './partsPages.js'

/** The parts hub: the parts pages the caller may open, one line each on what it is for. */
export function PartsHome({ me }) {
  const { t } = useI18n()
  return (
    <section>
      <h2>{t('parts.title')}</h2>
      <p className="muted">{t('parts.explain')}</p>
      <ul className="hub" id="parts-pages">
        {partsPages(me).map(page => (
          <li key={page}><a id={`parts-${page}`} href={routeHref(page)}>{t(`menu.${page}`)}</a>
            <div className="muted">{t(`parts.about.${page}`)}</div></li>
        ))}
      </ul>
    </section>
  )
}
