// Login through Keycloak: authorization code with PKCE, the token kept in memory only.
import Keycloak from 'keycloak-js'

let keycloak
const RETURN_TO = 'dealerhub.returnTo'

/** Logs the user in (redirecting to Keycloak if needed); resolves once a token is held. */
export async function startSession() {
  const config = await (await fetch('config.json', { cache: 'no-store' })).json()
  keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId })
  // The redirect address carries no route: Keycloak refuses fragments there. The route comes back from storage.
  if (window.location.hash && !window.location.search.includes('code=')) sessionStorage.setItem(RETURN_TO, window.location.hash)
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    checkLoginIframe: false,
    redirectUri: baseAddress()
  })
  const returnTo = sessionStorage.getItem(RETURN_TO)
  sessionStorage.removeItem(RETURN_TO)
  window.history.replaceState(null, '', baseAddress() + (returnTo || ''))
}

/** A token valid for at least another 30 seconds; a lapsed session goes back to the login page. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30)
  } catch {
    await keycloak.login({ redirectUri: baseAddress() })
  }
  return keycloak.token
}

export function logout() {
  return keycloak.logout({ redirectUri: baseAddress() })
}

function baseAddress() {
  return window.location.origin + window.location.pathname
}
