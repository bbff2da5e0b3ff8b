package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * The three-guarantees ledger as the API serves it: a VIN's ledger to the network's dealers and OEM
 * staff; the rule versions to head office, whose quality department adds later ones (audited).
 */
@TenantService
public class ThreeGuarantees {

    /** Head office's quality department keeps the rule versions. */
    static final String EDITING_ROLE = "oem-quality";

    @PersistenceContext
    EntityManager em;

    @Inject
    ThreeGuaranteesLedger ledger;

    @Inject
    RuleVersionStore rules;

    @Inject
    Clock clock;

    /** The VIN's ledger; every dealer of the network reads it, whichever dealers repaired the car. */
    public Ledger vehicle(String typedVin) {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null || !(caller.isDealerStaff() || caller.isOemStaff())) {
            throw new Forbidden("the three-guarantees ledger is read by the network's dealers and OEM staff");
        }
        String vin = Vin.parse(typedVin, false).value();
        return ledger.of(caller.network(), vin).orElseThrow(() -> new NotFound("vehicle", vin));
    }

    public List<RuleVersion> rules() {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null || !caller.isOemStaff()) {
            throw new Forbidden("the three-guarantees rule versions are read by head office");
        }
        return rules.of(caller.network()).versions();
    }

    /**
     * Adds the rule version taking effect on its date, or corrects one not yet in effect; versions in
     * effect or past stay as they were, since repairs were judged by them.
     */
    public List<RuleVersion> put(RuleVersion version) {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(EDITING_ROLE)) {
            throw new Forbidden("three-guarantees rule versions are kept by head office's quality department (" + EDITING_ROLE + ")");
        }
        version.validated();
        if (!version.effectiveFrom().isAfter(clock.instant().atZone(LedgerCalculator.CHINA).toLocalDate())) {
            throw new InvalidField("effectiveFrom", "a new version takes effect after today; versions in effect stay as they were");
        }
        Optional<RuleVersion> before = rules.of(caller.network()).versions().stream()
                .filter(v -> v.effectiveFrom().equals(version.effectiveFrom())).findFirst();
        rules.put(caller.network(), version, caller.username());
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller, caller.network(),
                before.isPresent() ? "THREE_GUARANTEES_RULES_CHANGED" : "THREE_GUARANTEES_RULES_ADDED", "three-guarantees-rules",
                version.effectiveFrom().toString(), before.map(ThreeGuarantees::json).orElse(null), json(version)));
        return rules.of(caller.network()).versions();
    }

    private static JsonObject json(RuleVersion v) {
        return JSON.createObjectBuilder().add("effectiveFrom", v.effectiveFrom().toString()).add("periodMonths", v.periodMonths())
                .add("periodKm", v.periodKm()).add("repairWarrantyMonths", v.repairWarrantyMonths())
                .add("repairWarrantyKm", v.repairWarrantyKm()).add("maxRepairDays", v.maxRepairDays())
                .add("maxSameProblemRepairs", v.maxSameProblemRepairs()).add("seriousSafetyRepairs", v.seriousSafetyRepairs())
                .add("majorPartReplacements", v.majorPartReplacements()).add("loanerFromDay", v.loanerFromDay())
                .add("yellowRepairDays", v.yellowRepairDays()).add("orangeRepairDays", v.orangeRepairDays())
                .add("yellowSameProblemRepairs", v.yellowSameProblemRepairs())
                .add("orangeSameProblemRepairs", v.orangeSameProblemRepairs()).build();
    }
}
