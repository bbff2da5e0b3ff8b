package com.dealerhub.platform.threeguarantees;

import com.dealerhub.platform.warranty.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.util.List;

/** A network's three-guarantees rule versions, as rows of {@code three_guarantees_rules}. */
@ApplicationScoped
public class RuleVersionStore {

    private static final String COLUMNS = """
            effective_from, period_months, period_km, repair_warranty_months, repair_warranty_km, max_repair_days,
            max_same_problem_repairs, serious_safety_repairs, major_part_replacements, loaner_from_day, yellow_repair_days,
            orange_repair_days, yellow_same_problem_repairs, orange_same_problem_repairs""";

    @PersistenceContext
    EntityManager em;

    public RuleVersions of(String network) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM three_guarantees_rules WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        List<RuleVersion> versions = rows.stream().map(Object[].class::cast).map(RuleVersionStore::version).toList();
        // a network created before its rules existed still has the regulation
        return versions.isEmpty() ? RuleVersions.of(RuleVersion.REGULATION_2021) : new RuleVersions(versions);
    }

    /** Adds the version, or replaces the one of the same effective date. */
    public void put(String network, RuleVersion v, String changedBy) {
        em.createNativeQuery("INSERT INTO three_guarantees_rules (network_code, " + COLUMNS + """
                        , changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, now())
                        ON CONFLICT (network_code, effective_from) DO UPDATE SET period_months = excluded.period_months,
                            period_km = excluded.period_km, repair_warranty_months = excluded.repair_warranty_months,
                            repair_warranty_km = excluded.repair_warranty_km, max_repair_days = excluded.max_repair_days,
                            max_same_problem_repairs = excluded.max_same_problem_repairs,
                            serious_safety_repairs = excluded.serious_safety_repairs,
                            major_part_replacements = excluded.major_part_replacements, loaner_from_day = excluded.loaner_from_day,
                            yellow_repair_days = excluded.yellow_repair_days, orange_repair_days = excluded.orange_repair_days,
                            yellow_same_problem_repairs = excluded.yellow_same_problem_repairs,
                            orange_same_problem_repairs = excluded.orange_same_problem_repairs,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, network).setParameter(2, Date.valueOf(v.effectiveFrom())).setParameter(3, v.periodMonths())
                .setParameter(4, v.periodKm()).setParameter(5, v.repairWarrantyMonths()).setParameter(6, v.repairWarrantyKm())
                .setParameter(7, v.maxRepairDays()).setParameter(8, v.maxSameProblemRepairs()).setParameter(9, v.seriousSafetyRepairs())
                .setParameter(10, v.majorPartReplacements()).setParameter(11, v.loanerFromDay()).setParameter(12, v.yellowRepairDays())
                .setParameter(13, v.orangeRepairDays()).setParameter(14, v.yellowSameProblemRepairs())
                .setParameter(15, v.orangeSameProblemRepairs()).setParameter(16, changedBy)
                .executeUpdate();
    }

    private static RuleVersion version(Object[] r) {
        return new RuleVersion(Dates.local(r[0]), i(r[1]), i(r[2]), i(r[3]), i(r[4]), i(r[5]), i(r[6]), i(r[7]), i(r[8]), i(r[9]),
                i(r[10]), i(r[11]), i(r[12]), i(r[13]));
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }
}
