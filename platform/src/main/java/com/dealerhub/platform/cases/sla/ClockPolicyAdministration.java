package com.dealerhub.platform.cases.sla;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.time.Duration;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Head office keeps its network's SLA clock policies: how long each clock of a case type runs,
 * counted how, when it warns, and who hears of a warning or a breach. Clocks already running keep
 * the policy they started with; every change goes to the audit log.
 */
@TenantService
public class ClockPolicyAdministration {

    /** Head office's IT and the customer assistance centre, which runs complaints and goodwill. */
    static final List<String> EDITING_ROLES = List.of("oem-it", "oem-cac");

    public record Change(Duration duration, ClockPolicy.Timing timing, Duration warnBefore, List<String> notifyOnWarning,
                         List<String> notifyOnBreach) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ClockPolicies policies;

    public List<StoredClockPolicy> list(String caseType) {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null || !caller.isOemStaff()) {
            throw new Forbidden("clock policies are read by the OEM network's staff");
        }
        return policies.all(caller.network(), caseType);
    }

    public StoredClockPolicy change(String caseType, String variant, String clock, Change change) {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || EDITING_ROLES.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("clock policies are kept by head office (" + String.join(" or ", EDITING_ROLES) + ")");
        }
        StoredClockPolicy before = policies.of(caller.network(), caseType, variant, clock)
                .orElseThrow(() -> new NotFound("clock policy", caseType + "/" + variant + "/" + clock));
        ClockPolicy policy;
        try {
            policy = new ClockPolicy(change.duration(), change.timing(), change.warnBefore());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("warnBeforeSeconds", "the warning comes before the clock's end: less than its duration");
        }
        em.createNativeQuery("""
                        UPDATE clock_policy SET duration_seconds = ?5, timing = ?6, warn_before_seconds = ?7,
                               notify_on_warning = ?8, notify_on_breach = ?9
                        WHERE network_code = ?1 AND case_type = ?2 AND variant = ?3 AND clock = ?4""")
                .setParameter(1, caller.network()).setParameter(2, caseType).setParameter(3, variant).setParameter(4, clock)
                .setParameter(5, policy.duration().toSeconds()).setParameter(6, policy.timing().name())
                .setParameter(7, policy.warnBefore().toSeconds())
                .setParameter(8, change.notifyOnWarning().stream().distinct().toArray(String[]::new))
                .setParameter(9, change.notifyOnBreach().stream().distinct().toArray(String[]::new))
                .executeUpdate();
        StoredClockPolicy after = policies.of(caller.network(), caseType, variant, clock).orElseThrow();
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller, caller.network(),
                "CLOCK_POLICY_CHANGED", "clock-policy", caseType + "/" + variant + "/" + clock, json(before), json(after)));
        return after;
    }

    private static JsonObject json(StoredClockPolicy p) {
        var warning = JSON.createArrayBuilder();
        p.notifyOnWarning().forEach(warning::add);
        var breach = JSON.createArrayBuilder();
        p.notifyOnBreach().forEach(breach::add);
        return JSON.createObjectBuilder().add("durationSeconds", p.policy().duration().toSeconds())
                .add("timing", p.policy().timing().name()).add("warnBeforeSeconds", p.policy().warnBefore().toSeconds())
                .add("notifyOnWarning", warning).add("notifyOnBreach", breach).build();
    }
}
