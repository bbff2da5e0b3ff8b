package com.dealerhub.platform.parts.audits;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.parts.campaigns.Rows;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Parts audits of dealers: the parts department records one (by its own staff or a named third party) with its
 * findings against the dealer; the dealer responds to each finding and the parts department closes it or
 * returns it. Audits of dealers outside the caller's reach answer 404.
 */
@TenantService
public class PartsAudits {

    private static final ZoneId OEM_DAY = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    public AuditView record(AuditRequests.Audit audit) {
        Caller caller = PartsRoles.requireOemParts(CurrentCaller.require(), "records parts audits");
        Dealer dealer = dealers.find(audit.dealer()).filter(d -> d.network().equals(caller.network()))
                .orElseThrow(() -> new InvalidField("dealer", "no dealer " + audit.dealer() + " in the network"));
        LocalDate today = LocalDate.now(clock.withZone(OEM_DAY));
        if (audit.auditedOn().isAfter(today)) {
            throw new InvalidField("auditedOn", "an audit is recorded on or after its day (today is " + today + ")");
        }
        String auditor = audit.auditor() == null || audit.auditor().isBlank() ? null : audit.auditor().strip();
        if (auditor == null && audit.auditorKind() == AuditRequests.AuditorKind.THIRD_PARTY) {
            throw new InvalidField("auditor", "name the third party that audited");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("""
                        INSERT INTO parts_audit (id, network_code, dealer_code, audited_on, auditor_kind, auditor, summary, recorded_by, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, dealer.network()).setParameter(3, dealer.code())
                .setParameter(4, Date.valueOf(audit.auditedOn())).setParameter(5, audit.auditorKind().name())
                .setParameter(6, auditor == null ? caller.username() : auditor)
                .setParameter(7, audit.summary() == null ? "" : audit.summary().strip())
                .setParameter(8, caller.username()).setParameter(9, Timestamp.from(now)).executeUpdate();
        for (int i = 0; i < audit.findings().size(); i++) {
            em.createNativeQuery("""
                            INSERT INTO parts_audit_finding (id, audit_id, network_code, dealer_code, finding_no, text, state)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN')""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(3, dealer.network())
                    .setParameter(4, dealer.code()).setParameter(5, i + 1).setParameter(6, audit.findings().get(i).strip())
                    .executeUpdate();
        }
        return get(id);
    }

    /** The audits within reach, newest first (at most 200), of one dealer (null: all within reach). */
    public List<AuditView> list(String dealer) {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        List<?> ids = em.createNativeQuery("""
                        SELECT id FROM parts_audit WHERE network_code = ?1 AND dealer_code = ANY (?2) AND (CAST(?3 AS text) IS NULL OR dealer_code = ?3)
                        ORDER BY audited_on DESC, recorded_at DESC LIMIT 200""")
                .setParameter(1, caller.network()).setParameter(2, reachable.toArray(String[]::new)).setParameter(3, dealer)
                .getResultList();
        return ids.stream().map(UUID.class::cast).map(this::get).toList();
    }

    public AuditView get(UUID id) {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        Object[] a = Rows.of(em.createNativeQuery("""
                        SELECT dealer_code, audited_on, auditor_kind, auditor, summary, recorded_by, recorded_at FROM parts_audit
                        WHERE id = ?1 AND network_code = ?2""")
                .setParameter(1, id).setParameter(2, caller.network()))
                .filter(r -> dealers.codesReachedBy(caller).contains((String) r[0]))
                .findFirst().orElseThrow(() -> new NotFound("parts audit", id));
        List<AuditView.Finding> findings = Rows.of(em.createNativeQuery("""
                        SELECT id, audit_id, dealer_code, finding_no, text, state, response, responded_by, responded_at, note,
                               closed_by, closed_at
                        FROM parts_audit_finding WHERE audit_id = ?1 ORDER BY finding_no""")
                .setParameter(1, id))
                .map(r -> finding(r, caller)).toList();
        return new AuditView(id, (String) a[0], NativeValues.date(a[1]), AuditRequests.AuditorKind.valueOf((String) a[2]),
                (String) a[3], (String) a[4], (String) a[5], NativeValues.instant(a[6]),
                (int) findings.stream().filter(f -> f.state() != FindingState.CLOSED).count(), findings);
    }

    /** Takes a step on a finding (respond, return, close) as its table allows the caller now. */
    public AuditView act(UUID findingId, FindingAction action, AuditRequests.Note note) {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        Object[] f = Rows.of(em.createNativeQuery("SELECT audit_id, dealer_code, state FROM parts_audit_finding WHERE id = ?1 AND network_code = ?2")
                .setParameter(1, findingId).setParameter(2, caller.network()))
                .filter(r -> dealers.codesReachedBy(caller).contains((String) r[1]))
                .findFirst().orElseThrow(() -> new NotFound("audit finding", findingId));
        String text = note == null || note.text() == null || note.text().isBlank() ? null : note.text().strip();
        Move<FindingState, FindingAction> move = FindingWorkflow.TABLE.decide(FindingState.valueOf((String) f[2]), action, caller,
                Workflow.Inputs.reason(text));
        jakarta.persistence.Query update = switch (action) {
            case RESPOND -> em.createNativeQuery("""
                            UPDATE parts_audit_finding SET state = ?3, response = ?4, responded_by = ?5, responded_at = ?6, note = NULL
                            WHERE id = ?1 AND state = ?2""")
                    .setParameter(5, caller.username()).setParameter(6, Timestamp.from(clock.instant()));
            // the note says why the response is not enough; the dealer responds again
            case RETURN -> em.createNativeQuery("UPDATE parts_audit_finding SET state = ?3, note = ?4 WHERE id = ?1 AND state = ?2");
            case CLOSE -> em.createNativeQuery("""
                            UPDATE parts_audit_finding SET state = ?3, note = ?4, closed_by = ?5, closed_at = ?6
                            WHERE id = ?1 AND state = ?2""")
                    .setParameter(5, caller.username()).setParameter(6, Timestamp.from(clock.instant()));
        };
        int changed = update.setParameter(1, findingId).setParameter(2, move.from().name()).setParameter(3, move.to().name())
                .setParameter(4, text).executeUpdate();
        if (changed != 1) {
            throw new Conflict("the finding changed meanwhile: read it again");
        }
        return get((UUID) f[0]);
    }

    private static AuditView.Finding finding(Object[] r, Caller caller) {
        FindingState state = FindingState.valueOf((String) r[5]);
        return new AuditView.Finding((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4], state,
                (String) r[6], (String) r[7], NativeValues.instant(r[8]), (String) r[9], (String) r[10],
                NativeValues.instant(r[11]), FindingWorkflow.TABLE.allowedActions(state, caller));
    }
}
