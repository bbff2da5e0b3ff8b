// Timeline notes the server writes itself (a person's own note is shown as written): the known
// patterns said in the chosen language. The reasons of an auto-adjudication are said, translated,
// in the claim's auto-adjudication block, so a non-English note points there.
const ADJUSTED = /^amount adjusted to (\d+(?:\.\d+)?): ([\s\S]*)$/
const ADJUDICATED = /^([A-Z_]+) \(rules v(\d+)\)(?: — [\s\S]*)?$/

export function saySystemNote(note, { t, label, language }) {
  const adjusted = ADJUSTED.exec(note)
  if (adjusted) return t('note.amountAdjusted', { amount: adjusted[1], note: adjusted[2] })
  const adjudicated = ADJUDICATED.exec(note)
  if (adjudicated && language !== 'en') {
    const key = note.includes(' — ') ? 'note.adjudicatedWithReasons' : 'note.adjudicated'
    return t(key, { outcome: label('outcome', adjudicated[1]), version: adjudicated[2] })
  }
  return note
}

export const systemNotesEn = {
  'note.amountAdjusted': 'amount adjusted to {amount}: {note}',
  'note.adjudicated': '{outcome} (rules v{version})',
  'note.adjudicatedWithReasons': '{outcome} (rules v{version}); the reasons are listed under auto-adjudication'
}
export const systemNotesZh = {
  'note.amountAdjusted': '金额调整为 {amount}：{note}',
  'note.adjudicated': '{outcome}（规则版本 {version}）',
  'note.adjudicatedWithReasons': '{outcome}（规则版本 {version}）；原因见自动审核结果'
}
