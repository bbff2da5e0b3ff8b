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
  const failed = (view.adjudication?.results || []).filter(r => !r.passed).map(r => r.reason)
  if (decision?.note) return [decision.note]
  return failed
}
