// The steps of a generic case (technical assistance, training, parts until they have their own
// workflows): each posts its action to the case's transitions, with an optional note.

const note = { name: 'note', label: 'complaints.note', type: 'textarea', required: false }

export const GENERIC_CASE_ACTIONS = Object.fromEntries(['START', 'RESOLVE', 'REOPEN', 'CLOSE']
  .map(action => [action, { path: 'transitions', body: { action }, fields: [note] }]))
