import { useEffect, useRef, useState } from 'react'
import { api, PLATFORM } from '../app/api.js'
import { useI18n } from '../i18n/I18n.jsx'
import { useLoad } from './hooks.js'

const ACCEPTED = ['image/jpeg', 'image/png', 'application/pdf']

/**
 * A case's files: listed with their SHA-256, downloadable, images previewed; when `purposes`
 * is given, files can be dropped on (or chosen for) the case with what each is for.
 */
export function Attachments({ caseId, purposes, onChange }) {
  const { t } = useI18n()
  const list = useLoad(() => api.get(`${PLATFORM}/cases/${caseId}/attachments`), [caseId])
  const reload = () => { list.reload(); onChange?.() }
  return (
    <section className="attachments">
      <h3>{t('attachments.title')}</h3>
      {list.data?.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      <ul>
        {(list.data || []).map(a => <AttachmentItem key={a.id} caseId={caseId} attachment={a} />)}
      </ul>
      {purposes && purposes.length > 0 && <FileDrop caseId={caseId} purposes={purposes} onUploaded={reload} />}
    </section>
  )
}

function AttachmentItem({ caseId, attachment }) {
  const { label } = useI18n()
  const [preview, setPreview] = useState(null)
  const path = `${PLATFORM}/cases/${caseId}/attachments/${attachment.id}`
  useEffect(() => {
    if (!attachment.contentType?.startsWith('image/')) return undefined
    let address
    api.blob(path).then(blob => { address = URL.createObjectURL(blob); setPreview(address) }, () => {})
    return () => address && URL.revokeObjectURL(address)
  }, [path, attachment.contentType])
  const download = async () => {
    const address = URL.createObjectURL(await api.blob(path))
    const link = document.createElement('a')
    link.href = address
    link.download = attachment.fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(address), 1000)
  }
  return (
    <li>
      {preview && <img className="thumb" src={preview} alt={attachment.fileName} />}
      <span className="purpose">{label('purpose', attachment.purpose)}</span>
      <button type="button" className="link" onClick={download}>{attachment.fileName}</button>
      <span className="muted">{Math.ceil(attachment.sizeBytes / 1024)} KB · SHA-256 {attachment.sha256?.slice(0, 12)}…</span>
    </li>
  )
}

function FileDrop({ caseId, purposes, onUploaded }) {
  const { t, label } = useI18n()
  const [purpose, setPurpose] = useState(purposes[0])
  const [over, setOver] = useState(false)
  const [problem, setProblem] = useState(null)
  const [busy, setBusy] = useState(false)
  const input = useRef(null)
  const upload = async files => {
    setProblem(null)
    for (const file of files) {
      if (!ACCEPTED.includes(file.type)) {
        setProblem(t('attachments.type', { name: file.name }))
        continue
      }
      setBusy(true)
      try {
        await api.upload(`${PLATFORM}/cases/${caseId}/attachments`, file, { purpose, name: file.name })
      } catch (error) {
        setProblem(error.message)
      } finally {
        setBusy(false)
      }
    }
    onUploaded()
  }
  return (
    <div className={`drop${over ? ' over' : ''}`}
         onDragOver={e => { e.preventDefault(); setOver(true) }}
         onDragLeave={() => setOver(false)}
         onDrop={e => { e.preventDefault(); setOver(false); upload([...e.dataTransfer.files]) }}>
      <label htmlFor="attachment-purpose">{t('attachments.purpose')}</label>
      <select id="attachment-purpose" value={purpose} onChange={e => setPurpose(e.target.value)}>
        {purposes.map(p => <option key={p} value={p}>{label('purpose', p)}</option>)}
      </select>
      <p>{busy ? t('attachments.uploading') : t('attachments.drop')}</p>
      <input ref={input} id="attachment-file" type="file" accept={ACCEPTED.join(',')} multiple onChange={e => { upload([...e.target.files]); e.target.value = '' }} />
      {problem && <div className="field-error" role="alert">{problem}</div>}
    </div>
  )
}
