// Messages by language; a key missing in one language falls back to English, then to the key.

export const LANGUAGES = ['zh-CN', 'en']
const STORAGE_KEY = 'dealerhub.language'

/** "{count} claims" with {count: 3} → "3 claims". */
export function translate(catalogues, language, key, params = {}) {
  const text = catalogues[language]?.[key] ?? catalogues.en?.[key] ?? key
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole))
}

/** The remembered language, else the browser's, else Chinese. */
export function initialLanguage(storage, browserLanguages = []) {
  const remembered = storage?.getItem(STORAGE_KEY)
  if (LANGUAGES.includes(remembered)) return remembered
  const preferred = browserLanguages.find(l => l.startsWith('zh') || l.startsWith('en'))
  return preferred?.startsWith('en') ? 'en' : 'zh-CN'
}

export function rememberLanguage(storage, language) {
  storage?.setItem(STORAGE_KEY, language)
}
