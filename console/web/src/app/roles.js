// What the console offers to whom. The server checks every action again; this only keeps
// a role from being shown what it may not do.

export const DEALER_ROLES = ['dealer-admin', 'dealer-advisor', 'dealer-technician', 'dealer-claims']
export const APPROVER_ROLES = { FMC: 'oem-regional-manager', TAC: 'oem-tac', CLAIMS: 'oem-claims', QUALITY: 'oem-quality' }

/** Who works complaints and sees them; goodwill adds the claims clerks and the claims department. */
export const COMPLAINT_ROLES = ['oem-cac', 'oem-regional-manager', 'oem-regional-vp', 'oem-analyst', 'dealer-admin', 'dealer-advisor']
export const GOODWILL_ROLES = [...COMPLAINT_ROLES, 'dealer-claims', 'oem-claims']
/** Who works parts: Keycloak has no dealer parts role, so a dealer's admins and claims clerks are its parts staff. */
export const PARTS_ROLES = ['dealer-admin', 'dealer-claims', 'oem-parts', 'oem-regional-manager', 'oem-regional-vp', 'oem-analyst']

const has = (me, ...roles) => roles.some(r => me.roles.includes(r))
const isOem = me => me.roles.some(r => r.startsWith('oem-'))

export const can = {
  prepareClaims: me => has(me, 'dealer-claims', 'dealer-admin'),
  readDealerClaims: me => me.scope === 'DEALER',
  requestPreAuthorisation: me => has(me, 'dealer-claims', 'dealer-admin'),
  decidePreAuthorisation: me => has(me, 'oem-tac'),
  decideClaims: me => has(me, ...Object.values(APPROVER_ROLES)),
  settleClaims: me => has(me, 'oem-claims'),
  readStatement: me => me.scope === 'DEALER' || has(me, 'oem-claims'),
  manageUsers: me => has(me, 'dealer-admin'),
  requestAccounts: me => has(me, 'dealer-admin'),
  confirmAccountRequests: me => has(me, 'oem-regional-manager'),
  processAccountRequests: me => has(me, 'oem-it'),
  search: me => me.scope === 'DEALER' || isOem(me),
  readReports: me => (me.scope === 'DEALER' && has(me, 'dealer-admin', 'dealer-advisor', 'dealer-claims')) || isOem(me),
  administerNetwork: me => has(me, 'oem-it'),
  readNetwork: me => isOem(me),
  publishCampaigns: me => has(me, 'oem-claims', 'oem-quality'),
  readCampaigns: me => isOem(me) || me.scope === 'DEALER',
  readVehicles: me => has(me, 'dealer-claims', 'dealer-admin') || isOem(me),
  correctVehicles: me => has(me, 'oem-claims') && me.scope === 'NETWORK',
  readCalendar: me => isOem(me),
  keepCalendar: me => has(me, 'oem-it') && me.scope === 'NETWORK',
  readInbox: me => Boolean(me.network),
  readSmsGateway: me => has(me, 'oem-cac', 'oem-it') && me.scope === 'NETWORK',
  keepContacts: me => has(me, 'oem-cac', 'oem-it') && me.scope === 'NETWORK',
  readWork: me => isOem(me),
  readComplaints: me => has(me, ...COMPLAINT_ROLES),
  recordComplaints: me => has(me, 'oem-cac'),
  readPenalties: me => has(me, 'dealer-admin') || (isOem(me) && has(me, ...COMPLAINT_ROLES)),
  readGoodwill: me => has(me, ...GOODWILL_ROLES),
  offerGoodwill: me => has(me, 'oem-regional-manager'),
  readClockPolicies: me => isOem(me),
  keepClockPolicies: me => has(me, 'oem-it', 'oem-cac') && me.scope === 'NETWORK',
  readTraining: me => me.scope === 'DEALER' || isOem(me),
  applyForCertification: me => has(me, 'dealer-admin'),
  readCertifications: me => me.scope === 'DEALER' || has(me, 'oem-training', 'oem-regional-manager', 'oem-analyst'),
  // training and certification
  readMyCertificates: me => me.scope === 'DEALER',
  readCertificates: me => has(me, 'dealer-admin') || isOem(me),
  readCoverage: me => has(me, 'dealer-admin') || isOem(me),
  readRoster: me => me.scope === 'DEALER' || isOem(me),
  keepRoster: me => has(me, 'dealer-admin') && me.scope === 'DEALER',
  readLms: me => isOem(me),
  keepLms: me => has(me, 'oem-training') && me.scope === 'NETWORK',
  runTraining: me => has(me, 'oem-training'),
  enrolInTraining: me => has(me, 'dealer-admin') && me.scope === 'DEALER',
  readTrainingNeeds: me => has(me, 'oem-training', 'dealer-admin') || (isOem(me) && has(me, 'oem-analyst')),
  // parts
  readParts: me => has(me, ...PARTS_ROLES),
  orderParts: me => has(me, 'dealer-admin', 'dealer-claims') && me.scope === 'DEALER',
  readAllocation: me => isOem(me) && has(me, ...PARTS_ROLES),
  keepParts: me => has(me, 'oem-parts') && isOem(me)
}

/** The approval step a caller decides, or null: the queue shows the claims waiting at it. */
export function approverSteps(me) {
  return Object.entries(APPROVER_ROLES).filter(([, role]) => me.roles.includes(role)).map(([step]) => step)
}

/** The console's menu for this caller: only pages it can use. */
export function menuFor(me) {
  const items = []
  if (can.readWork(me)) items.push('work')
  if (can.readDealerClaims(me)) items.push('claims')
  if (can.decideClaims(me)) items.push('queue')
  if (can.requestPreAuthorisation(me) || can.decidePreAuthorisation(me)) items.push('preAuthorisations')
  if (can.readComplaints(me)) items.push('complaints')
  if (can.readGoodwill(me)) items.push('goodwill')
  if (can.readStatement(me)) items.push('statement')
  if (can.search(me)) items.push('search')
  if (can.readReports(me)) items.push('reports')
  if (can.manageUsers(me)) items.push('users')
  if (can.requestAccounts(me) || can.confirmAccountRequests(me) || can.processAccountRequests(me)) items.push('accountRequests')
  if (can.readNetwork(me)) items.push('network')
  if (can.readCampaigns(me)) items.push('campaigns')
  if (can.readVehicles(me)) items.push('vehicles')
  if (can.readCalendar(me)) items.push('calendar')
  if (can.keepContacts(me)) items.push('contacts')
  if (can.readSmsGateway(me)) items.push('smsGateway')
  if (can.readClockPolicies(me)) items.push('clockPolicies')
  if (can.readTraining(me)) items.push('training')
  if (can.readParts(me)) items.push('parts')
  return items
}

/** The page a caller lands on: their work first (every OEM role: the unified work queue). */
export function homeFor(me) {
  const menu = menuFor(me)
  for (const page of ['work', 'claims', 'complaints', 'accountRequests', 'search']) {
    if (menu.includes(page)) return page
  }
  return menu[0] || 'me'
}
