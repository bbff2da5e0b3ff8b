// The pages of training and certification, and who is offered each: the training hub lists them.
import { can } from '../app/roles.js'

const PAGES = [
  { page: 'certifications', shows: me => can.readCertifications(me) },
  { page: 'trainingSessions', shows: me => can.readTraining(me) },
  { page: 'trainingNeeds', shows: me => can.readTrainingNeeds(me) },
  { page: 'roster', shows: me => can.readRoster(me) },
  { page: 'myCertificates', shows: me => can.readMyCertificates(me) },
  { page: 'certificates', shows: me => can.readCertificates(me) },
  { page: 'coverage', shows: me => can.readCoverage(me) },
  { page: 'lms', shows: me => can.readLms(me) },
  { page: 'programmes', shows: me => can.readTraining(me) }
]

/** The training pages this caller may open, in the hub's order. */
export function trainingPages(me) {
  return PAGES.filter(p => p.shows(me)).map(p => p.page)
}
