// The people of a dealer's roster as pickers show them: one line per person, with their current roles.

/** Roster entries (one per person and role) → people with the roles they hold today (entries not ended). */
export function currentPeople(entries, today = new Date().toISOString().slice(0, 10)) {
  const people = new Map()
  for (const e of entries || []) {
    if (e.leftOn && e.leftOn < today) continue
    const person = people.get(e.personId) || { id: e.personId, name: e.name, staffNumber: e.staffNumber, roles: [] }
    if (!person.roles.includes(e.role)) person.roles.push(e.role)
    people.set(e.personId, person)
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name))
}
