// The people of a dealer's roster as pickers show them: one line per person, with their current roles.

/** Roster entries (one per person and role, `current` as the server reads it today) → people with the roles they hold now. */
export function currentPeople(entries) {
  const people = new Map()
  for (const e of entries || []) {
    if (!e.current) continue
    const person = people.get(e.person) || { id: e.person, name: e.name, staffNumber: e.staffNumber, roles: [] }
    if (!person.roles.includes(e.role)) person.roles.push(e.role)
    people.set(e.person, person)
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name))
}
