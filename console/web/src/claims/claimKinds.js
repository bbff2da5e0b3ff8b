// What the console knows of claim kinds to guide the dealer; the server's rules decide.

export const CLAIM_KINDS = ['REGULAR', 'SPECIAL_PART', 'CAMPAIGN', 'ODOMETER_ROLLBACK']
export const CLAIM_STATES = ['DRAFT', 'RETURNED', 'PENDING_FMC', 'PENDING_TAC', 'PENDING_CLAIMS', 'PENDING_QUALITY', 'APPROVED', 'REJECTED', 'SETTLED']

/** Files the dealer attaches before submitting, per kind. */
export const DEALER_EVIDENCE = {
  REGULAR: [],
  SPECIAL_PART: ['PHOTO'],
  CAMPAIGN: [],
  ODOMETER_ROLLBACK: ['EXPLANATION', 'PHOTO']
}

/** What a dealer may attach to a claim; the required ones come first. */
export function dealerPurposes(kind) {
  const required = DEALER_EVIDENCE[kind] || []
  return [...required, ...['PHOTO', 'INVOICE', 'EXPLANATION', 'OTHER'].filter(p => !required.includes(p))]
}

/** Purposes an approver attaches at its step: the FMC signs the odometer statement. */
export function approverPurposes(kind, step) {
  return kind === 'ODOMETER_ROLLBACK' && step === 'FMC' ? ['SIGNED_STATEMENT'] : []
}

