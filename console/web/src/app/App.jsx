import { useEffect, useState } from 'react'
import { SuccessNotice } from '../ui/SuccessNotice.jsx'
import { api, TENANT_ADMIN } from './api.js'
import { homeFor, menuFor } from './roles.js'
import { navigate, useRoute } from './useRoute.js'
import { pageTitle, routeHref } from './routes.js'
import { logout } from './session.js'
import { useI18n } from '../i18n/I18n.jsx'
import { LANGUAGES } from '../i18n/translate.js'
import { Loading } from '../ui/controls.jsx'
import { useLoad } from '../ui/hooks.js'
import { ClaimList } from '../claims/ClaimList.jsx'
import { ClaimForm } from '../claims/ClaimForm.jsx'
import { ClaimPage } from '../claims/ClaimPage.jsx'
import { WorkQueue } from '../queue/WorkQueue.jsx'
import { PreAuthorisations } from '../preauth/PreAuthorisations.jsx'
import { Statement } from '../statement/Statement.jsx'
import { DealerUsers } from '../users/DealerUsers.jsx'
import { AccountRequests } from '../accountrequests/AccountRequests.jsx'
import { AccountRequestForm } from '../accountrequests/AccountRequestForm.jsx'
import { AccountRequestPage } from '../accountrequests/AccountRequestPage.jsx'
import { Search } from '../search/Search.jsx'
import { Dashboard } from '../reporting/Dashboard.jsx'
import { KpiRecords } from '../reporting/KpiRecords.jsx'
import { CasePage } from '../search/CasePage.jsx'
import { Network } from '../network/Network.jsx'
import { Campaigns } from '../network/Campaigns.jsx'
import { Vehicles } from '../vehicles/Vehicles.jsx'
import { LmsCourses } from '../training/LmsCourses.jsx'
import { PersonPage } from '../training/PersonPage.jsx'
import { Roster } from '../training/Roster.jsx'
import { Calendar } from '../calendar/Calendar.jsx'
import { Contacts, Inbox, SmsGateway, useUnread } from '../notifications/Notifications.jsx'
import { can } from './roles.js'
import { Work } from '../queue/Work.jsx'
import { ComplaintList } from '../complaints/ComplaintList.jsx'
import { ComplaintForm } from '../complaints/ComplaintForm.jsx'
import { ComplaintPage } from '../complaints/ComplaintPage.jsx'
import { Penalties } from '../complaints/Penalties.jsx'
import { GoodwillList } from '../goodwill/GoodwillList.jsx'
import { GoodwillOffer } from '../goodwill/GoodwillOffer.jsx'
import { GoodwillPage } from '../goodwill/GoodwillPage.jsx'
import { ClockPolicies } from '../clockpolicies/ClockPolicies.jsx'
import { CertificationList } from '../training/CertificationList.jsx'
import { Programmes } from '../training/Programmes.jsx'
import { CertificationForm } from '../training/CertificationForm.jsx'
import { CertificationPage } from '../training/CertificationPage.jsx'
import { CertificateList, Coverage, MyCertificates } from '../certificates/Certificates.jsx'
import { TrainingHome, useTrainingUnread } from '../training/TrainingHome.jsx'
import { SessionForm, Sessions } from '../training/Sessions.jsx'
import { SessionPage } from '../training/SessionPage.jsx'
import { NeedForm, Needs } from '../training/Needs.jsx'
import { NeedPage } from '../training/NeedPage.jsx'
import { PartsHome } from '../parts/PartsHome.jsx'
import { partsView } from '../parts/partsPages.js'

export function App() {
  const me = useLoad(() => api.get(`${TENANT_ADMIN}/me`), [])
  return <Loading state={me}>{data => <Console me={data} />}</Loading>
}

function Console({ me }) {
  const route = useRoute()
  const { t } = useI18n()
  const menu = menuFor(me)
  const page = route.page || homeFor(me)
  useEffect(() => { document.title = pageTitle(page, t) }, [page, t])
  return (
    <div className="console">
      <Header me={me} menu={menu} page={page} />
      <SuccessNotice />
      <main>{pageFor(page, route, me)}</main>
    </div>
  )
}

function pageFor(page, route, me) {
  const { id, query } = route
  switch (page) {
    case 'claims':
      if (id === 'new') return <ClaimForm me={me} />
      if (id && route.sub === 'edit') return <ClaimForm me={me} claimId={id} />
      return id ? <ClaimPage me={me} id={id} /> : <ClaimList me={me} query={query} />
    case 'work': return <Work me={me} query={query} />
    case 'queue': return <WorkQueue me={me} query={query} />
    case 'complaints':
      if (id === 'new') return <ComplaintForm me={me} />
      if (id === 'penalties') return <Penalties me={me} query={query} />
      return id ? <ComplaintPage me={me} id={id} /> : <ComplaintList me={me} query={query} />
    case 'goodwill':
      if (id === 'new') return <GoodwillOffer me={me} query={query} />
      return id ? <GoodwillPage me={me} id={id} /> : <GoodwillList me={me} query={query} />
    case 'clockPolicies': return <ClockPolicies me={me} />
    case 'training': return <TrainingHome me={me} />
    case 'programmes': return <Programmes me={me} />
    case 'certifications':
      if (id === 'new') return <CertificationForm me={me} query={query} />
      return id ? <CertificationPage me={me} id={id} /> : <CertificationList me={me} query={query} />
    case 'trainingSessions':
      if (id === 'new') return <SessionForm />
      return id ? <SessionPage me={me} id={id} /> : <Sessions me={me} query={query} />
    case 'trainingNeeds':
      if (id === 'new') return <NeedForm />
      return id ? <NeedPage id={id} /> : <Needs me={me} query={query} />
    case 'preAuthorisations': return <PreAuthorisations me={me} query={query} />
    case 'statement': return <Statement me={me} query={query} />
    case 'users': return <DealerUsers me={me} />
    case 'accountRequests':
      if (id === 'new') return <AccountRequestForm me={me} query={query} />
      return id ? <AccountRequestPage me={me} id={id} /> : <AccountRequests me={me} query={query} />
    case 'search': return <Search me={me} query={query} />
    case 'reports': return <Dashboard me={me} query={query} />
    case 'kpiRecords': return <KpiRecords query={query} />
    case 'cases': return <CasePage me={me} id={id} />
    case 'network': return <Network me={me} />
    case 'campaigns': return <Campaigns me={me} />
    case 'vehicles': return <Vehicles me={me} query={query} />
    case 'calendar': return <Calendar me={me} query={query} />
    case 'inbox': return <Inbox me={me} />
    case 'contacts': return <Contacts me={me} />
    case 'smsGateway': return <SmsGateway me={me} query={query} />
    case 'myCertificates': return <MyCertificates me={me} />
    case 'certificates': return <CertificateList me={me} query={query} />
    case 'coverage': return <Coverage me={me} query={query} />
    case 'roster': return <Roster me={me} query={query} />
    case 'people': return <PersonPage me={me} id={id} />
    case 'lms': return <LmsCourses me={me} />
    case 'parts': return <PartsHome me={me} />
    default: {
      const PartsView = partsView(page)
      return PartsView ? <PartsView me={me} id={id} sub={route.sub} query={query} /> : <Who me={me} />
    }
  }
}

function Header({ me, menu, page }) {
  const { t, language, setLanguage } = useI18n()
  const unread = useUnread(can.readInbox(me))
  const unreadNotices = useTrainingUnread(can.readTraining(me))
  // On a phone the menu folds behind one button; choosing a page folds it again.
  const [menuOpen, setMenuOpen] = useState(false)
  useEffect(() => setMenuOpen(false), [page])
  return (
    <header>
      <div className="bar">
        <a className="brand" href={routeHref('')}>DealerHub</a>
        <button type="button" id="menu-toggle" className="menu-toggle" aria-controls="main-menu" aria-expanded={menuOpen}
                onClick={() => setMenuOpen(open => !open)}>☰ {t('common.menu')}</button>
        <div className="who" data-testid="who">
          <strong>{me.username}</strong> · {scopeOf(me, t)}
        </div>
        <select aria-label={t('common.language')} id="language" value={language} onChange={e => setLanguage(e.target.value)}>
          {LANGUAGES.map(l => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
        </select>
        <button type="button" id="logout" onClick={logout}>{t('common.logout')}</button>
      </div>
      <nav id="main-menu" className={menuOpen ? 'open' : ''} onClick={() => setMenuOpen(false)}>
        {menu.map(item => (
          <a key={item} id={`nav-${item}`} href={routeHref(item)} className={item === page ? 'active' : ''}
             onClick={e => { if (item === page) { e.preventDefault(); navigate(item) } }}>
            {t(`menu.${item}`)}
            {item === 'training' && unreadNotices > 0 && <span className="badge" id="notices-count"> {unreadNotices}</span>}
          </a>
        ))}
        {can.readInbox(me) && (
          <a id="nav-inbox" href={routeHref('inbox')} className={page === 'inbox' ? 'active' : ''}>
            {t('menu.inbox')}{unread > 0 && <span className="badge" id="inbox-count"> {unread}</span>}
          </a>
        )}
      </nav>
    </header>
  )
}

export function scopeOf(me, t) {
  switch (me.scope) {
    case 'DEALER': return t('scope.dealer', { dealer: me.dealer })
    case 'REGIONS': return t('scope.regions', { regions: me.regions.join(', ') })
    case 'NETWORK': return t('scope.network', { network: me.network })
    default: return t('scope.platform')
  }
}

function Who({ me }) {
  const { t, label } = useI18n()
  return (
    <section>
      <h2>{t('me.title')}</h2>
      <dl className="facts">
        <dt>{t('me.username')}</dt><dd>{me.username}</dd>
        <dt>{t('me.scope')}</dt><dd>{scopeOf(me, t)}</dd>
        <dt>{t('me.roles')}</dt><dd>{me.roles.map(r => label('role', r)).join(', ')}</dd>
      </dl>
    </section>
  )
}
