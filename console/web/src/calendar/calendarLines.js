// A year of calendar days as lines a person edits: "2027-01-01 HOLIDAY 元旦".

const LINE = /^(\d{4}-\d{2}-\d{2})\s+(HOLIDAY|WORKING_DAY)\s+(.+)$/

export function daysAsLines(days) {
  return days.map(d => `${d.day} ${d.kind} ${d.name}`).join('\n')
}

/** The days of the lines, or the first line that does not read as a day ({error}). Blank lines are skipped. */
export function linesAsDays(text) {
  const days = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const match = LINE.exec(line)
    if (!match) return { error: line }
    days.push({ day: match[1], kind: match[2], name: match[3].trim() })
  }
  return { days }
}
