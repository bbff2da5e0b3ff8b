import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { initialLanguage, rememberLanguage, translate } from './translate.js'
import { messages } from './messages.js'
import { setProblemLanguage } from '../app/problem.js'

const I18nContext = createContext(null)

export function I18nProvider({ children }) {
  const [language, setLanguage] = useState(() => initialLanguage(window.localStorage, navigator.languages || []))
  setProblemLanguage(language)
  useEffect(() => {
    document.documentElement.lang = language
    rememberLanguage(window.localStorage, language)
  }, [language])
  const t = useCallback((key, params) => translate(messages, language, key, params), [language])
  // An enum value's name in this language, or the value itself where none is written (e.g. a new attachment purpose).
  const label = useCallback((group, value) => {
    const key = `${group}.${value}`
    const text = translate(messages, language, key)
    return text === key ? value : text
  }, [language])
  const value = useMemo(() => ({ language, setLanguage, t, label }), [language, t, label])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** {t, label, language, setLanguage} */
export function useI18n() {
  return useContext(I18nContext)
}
