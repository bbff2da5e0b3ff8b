import { useCallback, useEffect, useState } from 'react'
import { ApiProblem } from '../app/problem.js'
import { validate } from './validation.js'

/** Loads what `load` returns whenever `deps` change; `reload` loads again. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let current = true
    setState(s => ({ ...s, loading: true }))
    load().then(data => current && setState({ data, error: null, loading: false }),
      error => current && setState({ data: null, error, loading: false }))
    return () => { current = false }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation])
  return { ...state, reload: useCallback(() => setGeneration(g => g + 1), []) }
}

/**
 * A form's values and messages: the checks (per field, or one function of all values) run as the user types; the server's messages show
 * next to their fields until that field is changed.
 */
export function useForm(initial, checks = {}) {
  const [values, setValues] = useState(initial)
  const [serverErrors, setServerErrors] = useState({})
  const [failure, setFailure] = useState(null)
  const [busy, setBusy] = useState(false)
  const [tried, setTried] = useState(false)
  const [touched, setTouched] = useState({})

  const clientErrors = typeof checks === 'function' ? checks(values) : validate(values, checks)
  const shown = {}
  for (const [field, error] of Object.entries(clientErrors)) {
    // "labor[0].hours" counts as touched once the labor lines were edited
    if (tried || touched[field] || touched[field.split(/[.[]/)[0]]) shown[field] = error
  }
  for (const [field, message] of Object.entries(serverErrors)) shown[field] = shown[field] || { server: message }

  const set = useCallback((field, value) => {
    setValues(v => ({ ...v, [field]: value }))
    setTouched(t => ({ ...t, [field]: true }))
    setServerErrors(e => {
      const { [field]: _, ...rest } = e
      return rest
    })
  }, [])

  const submit = async action => {
    setTried(true)
    setFailure(null)
    if (Object.keys(clientErrors).length > 0) return undefined
    setBusy(true)
    try {
      const done = await action(values)
      // A form emptied after its success starts afresh: no field is red for what was just sent.
      setTried(false)
      setTouched({})
      return done
    } catch (error) {
      if (error instanceof ApiProblem) {
        setServerErrors(error.fieldErrors)
        setFailure(error)
        return undefined
      }
      throw error
    } finally {
      setBusy(false)
    }
  }
  return { values, setValues, set, errors: shown, serverErrors, failure, busy, submit, setFailure }
}

/** The time now, renewed every `intervalMs`: clocks count down with it. */
export function useNow(intervalMs = 1000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
