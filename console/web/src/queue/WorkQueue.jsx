import { PLATFORM } from '../app/api.js'
import { approverSteps, can } from '../app/roles.js'
import { useI18n } from '../i18n/I18n.jsx'
import { ClaimTable } from '../claims/ClaimList.jsx'

/** What waits for the caller, longest waiting first, with how long it has waited. */
export function WorkQueue({ me, query }) {
  const { t, label } = useI18n()
  const steps = approverSteps(me).map(s => label('step', s))
  if (can.settleClaims(me)) steps.push(t('queue.toSettle'))
  return (
    <section>
      <h2>{t('queue.title')}</h2>
      <p className="muted">{t('queue.explain', { steps: steps.join(', ') })}</p>
      <ClaimTable page="queue" path={`${PLATFORM}/warranty-claims/queue`} query={query} defaultSort="updatedAt,asc"
                  showDealer showAge bulk />
    </section>
  )
}
