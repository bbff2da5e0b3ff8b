import { useState } from 'react'
import { api } from '../app/api.js'
import { ApiProblem } from '../app/problem.js'
import { useI18n } from '../i18n/I18n.jsx'
import { ProblemBanner } from '../ui/controls.jsx'
import { importErrorsByRow } from './trainingModel.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Uploads a CSV or XLSX file to `path`; a refused file shows every wrong row and column, and nothing was stored.
 * `done(result)` words the result where the API answers other counts than rows created and updated.
 */
export function ImportBox({ path, templatePath, templateName, onImported, id, done }) {
  const { t } = useI18n()
  const [result, setResult] = useState(null)
  const [refusal, setRefusal] = useState(null)
  const [busy, setBusy] = useState(false)
  const upload = async file => {
    if (!file) return
    setResult(null); setRefusal(null); setBusy(true)
    try {
      const type = /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv'
      setResult(await api.upload(path, new Blob([file], { type })))
      onImported?.()
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error
      setRefusal(error)
    } finally { setBusy(false) }
  }
  const download = async format => {
    const blob = await api.blob(`${templatePath}?format=${format}`)
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = `${templateName}.${format}`
    link.click()
    URL.revokeObjectURL(link.href)
  }
  const rows = refusal?.status === 400 ? importErrorsByRow(refusal.body) : []
  return (
    <div className="form" id={id}>
      <h3>{t('import.title')}</h3>
      <p className="muted">{t('import.explain')}</p>
      <p>
        <input type="file" accept=".csv,.xlsx,text/csv" aria-label={t('import.file')} disabled={busy}
               onChange={e => { upload(e.target.files[0]); e.target.value = '' }} />
        {' '}<button type="button" onClick={() => download('csv')}>{t('import.templateCsv')}</button>
        {' '}<button type="button" onClick={() => download('xlsx')}>{t('import.templateXlsx')}</button>
      </p>
      {result && <p className="import-result">{done ? done(result) : t('import.done', { rows: result.rows, created: result.created, other: result.updated ?? result.unchanged ?? 0 })}</p>}
      {refusal && rows.length === 0 && <ProblemBanner problem={refusal} />}
      {rows.length > 0 && (
        <div className="problem" role="alert">
          <strong>{t('import.refused')}</strong>
          <table className="list import-errors">
            <thead><tr><th>{t('import.row')}</th><th>{t('import.column')}</th><th>{t('import.message')}</th></tr></thead>
            <tbody>
              {rows.flatMap(({ row, errors }) => errors.map((e, i) => (
                <tr key={`${row}-${i}`} data-row={row ?? ''}><td>{row ?? ''}</td><td>{e.column ?? ''}</td><td>{e.message}</td></tr>
              )))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
