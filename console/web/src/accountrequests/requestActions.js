/**
 * The buttons of a request: the actions the server's workflow table allows this caller now, but
 * batching, which the back office does from the list of confirmed requests.
 */
export function requestActions(allowedActions) {
  return allowedActions.filter(action => action !== 'BATCH').map(action => action.toLowerCase())
}
