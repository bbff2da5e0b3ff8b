package com.dealerhub.platform.training.programmes;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads a network's certification programmes and their levels (joining the caller's transaction when there is one). */
@TenantService
public class Programmes {

    private static final String SELECT = """
            SELECT l.network_code, l.programme_code, p.name, p.role, p.required_per_dealer, l.level, l.name, l.flow,
                   l.validity_months, l.renewal_window_days, l.study_course, l.test_course, l.training_course,
                   l.min_years_in_role, l.min_submitted_cases, l.prerequisite_level
            FROM certification_level l
                     JOIN certification_programme p ON p.network_code = l.network_code AND p.code = l.programme_code
            """;

    @PersistenceContext
    EntityManager em;

    /** The caller's network's programme levels. */
    public List<ProgrammeLevel> ofCallersNetwork() {
        return all(CurrentCaller.require().network());
    }

    public List<ProgrammeLevel> all(String network) {
        return em.createNativeQuery(SELECT + " WHERE l.network_code = ?1 ORDER BY l.programme_code, l.level")
                .setParameter(1, network).getResultList().stream().map(row -> level((Object[]) row)).toList();
    }

    public Optional<ProgrammeLevel> find(String network, String programme, int level) {
        return em.createNativeQuery(SELECT + " WHERE l.network_code = ?1 AND l.programme_code = ?2 AND l.level = ?3")
                .setParameter(1, network).setParameter(2, programme).setParameter(3, level)
                .getResultList().stream().map(row -> level((Object[]) row)).findFirst();
    }

    /** The level, or 400 on {@code field} when the network has no such programme level. */
    public ProgrammeLevel require(String network, String programme, int level, String field) {
        return find(network, programme, level)
                .orElseThrow(() -> new InvalidField(field, "no programme " + programme + " level " + level + " in your network"));
    }

    private static ProgrammeLevel level(Object[] r) {
        return new ProgrammeLevel((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4],
                ((Number) r[5]).intValue(), (String) r[6], Flow.valueOf((String) r[7]), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), (String) r[10], (String) r[11], (String) r[12], integer(r[13]),
                integer(r[14]), integer(r[15]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
