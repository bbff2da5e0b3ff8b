import { useState } from 'react'
import { useI18n } from '../i18n/I18n.jsx'
import { ProblemBanner } from '../ui/controls.jsx'
import { download, exportQuery } from './download.js'

/**
 * Export buttons for a list: each downloads every row the list's filters select (not only the page shown)
 * in one format, headers in the console's language.
 * @param path the list's API path; query its filters as the list sends them; formats e.g. ['csv', 'xlsx', 'pdf']
 */
export function ExportButtons({ path, query, formats = ['csv', 'xlsx'], name = 'export' }) {
  const { t, language } = useI18n()
  const [busy, setBusy] = useState(null)
  const [problem, setProblem] = useState(null)
  const run = async format => {
    setBusy(format)
    setProblem(null)
    try {
      await download(path, exportQuery(query, format, language), `${name}.${format}`)
    } catch (error) {
      setProblem(error)
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="export" role="group" aria-label={t('export.label')} title={t('export.allRows')}>
      <span className="muted">{t('export.label')}</span>
      {formats.map(format => (
        <button key={format} type="button" className="export-format" id={`export-${format}`} disabled={busy !== null}
                onClick={() => run(format)}>{t(`export.${format}`)}</button>
      ))}
      {busy && <span className="muted" role="status">{t('export.busy')}</span>}
      <ProblemBanner problem={problem} />
    </div>
  )
}
