// Why a claim came back: what a returned or rejected claim's page says first.

const CAME_BACK = ['RETURNED', 'REJECTED']

/**
 * The reasons a returned or rejected claim came back, newest decision first: the approver's note,
 * or, when auto-adjudication returned it, each failed rule's reason. Empty for any other state.
 */
export function whyCameBack(view) {
  const state = view.claim.state
  if (!CAME_BACK.includes(state)) return []
  const decision = [...view.claim.timeline].reverse().find(step => step.toState === state && step.fromState !== state)
  if (decision?.note) return [{ message: decision.note }]
  return (view.adjudication?.results || []).filter(r => !r.passed).map(r => ({ code: r.code, params: r.params, message: r.reason }))
}

/** How one rule's result shows: a tick only for a rule that checked something. */
export function ruleMark(result) {
  if (result.applicable === false) return 'notApplicable'
  return result.passed ? 'passed' : 'failed'
}

/**
 * The heading of the automatic checks: their outcome, unless a person returned or rejected the claim after
 * they passed; then they are only what was checked at submission, not a green "passed" above a return.
 */
export function adjudicationHeading(view) {
  const cameBackByPerson = CAME_BACK.includes(view.claim.state) && view.adjudication?.outcome === 'PASS'
  return cameBackByPerson ? 'claim.adjudicationChecked' : 'claim.adjudication'
}

/** The vehicle's other claimed repairs, newest first: what an approver weighs this claim against. */
export function earlierRepairs(vehicle, number) {
  return (vehicle?.repairs || []).filter(r => r.claimNumber !== number)
    .sort((a, b) => (a.repairDate < b.repairDate ? 1 : a.repairDate > b.repairDate ? -1 : 0))
}
