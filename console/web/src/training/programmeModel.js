// Programme levels as the training department edits them: the form's values, checks and body.

const NUMBER_FIELDS = ['validityMonths', 'renewalWindowDays', 'minYearsInRole', 'minCaseStudies', 'prerequisiteLevel']
const TEXT_FIELDS = ['studyCourse', 'testCourse', 'trainingCourse']

/** A level as the form holds it: every value a string, empty where a prerequisite does not apply. */
export function levelForm(level) {
  const form = { name: level.name, requiredPerDealer: Boolean(level.requiredPerDealer) }
  for (const f of [...NUMBER_FIELDS, ...TEXT_FIELDS]) form[f] = level[f] === null || level[f] === undefined ? '' : String(level[f])
  return form
}

const whole = (v, min, max) => /^\d+$/.test(String(v).trim()) && Number(v) >= min && Number(v) <= max

/** The checks the server makes too: a name, validity 1–120 months, window 1–365 days, optional whole numbers in range. */
export function levelErrors(v, level) {
  const errors = {}
  if (!v.name || !v.name.trim()) errors.name = 'validation.required'
  if (!whole(v.validityMonths, 1, 120)) errors.validityMonths = 'programme.months'
  if (!whole(v.renewalWindowDays, 1, 365)) errors.renewalWindowDays = 'programme.windowDays'
  if (v.minYearsInRole !== '' && !whole(v.minYearsInRole, 1, 40)) errors.minYearsInRole = 'programme.years'
  if (v.minCaseStudies !== '' && !whole(v.minCaseStudies, 1, 10000)) errors.minCaseStudies = 'programme.cases'
  if (v.prerequisiteLevel !== '' && !whole(v.prerequisiteLevel, 1, level.level - 1)) errors.prerequisiteLevel = 'programme.lowerLevel'
  return errors
}

export function levelBody(v) {
  const body = { name: v.name.trim(), requiredPerDealer: Boolean(v.requiredPerDealer) }
  for (const f of NUMBER_FIELDS) body[f] = String(v[f]).trim() === '' ? null : Number(v[f])
  for (const f of TEXT_FIELDS) body[f] = v[f].trim() === '' ? null : v[f].trim()
  return body
}
