import { createRoot } from 'react-dom/client'
import { App } from './app/App.jsx'
import { startSession } from './app/session.js'
import { I18nProvider } from './i18n/I18n.jsx'
import './styles.css'

const root = createRoot(document.getElementById('root'))
startSession().then(
  () => root.render(<I18nProvider><App /></I18nProvider>),
  error => root.render(<p className="problem">DealerHub: {String(error?.message || error)}</p>))
