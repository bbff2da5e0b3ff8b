package com.dealerhub.platform.training.programmes;

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

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * The training department keeps its network's programme levels: validity, renewal window and
 * prerequisites. Certificates already issued keep the validity they were issued with; checks read
 * the level as it is on the day; every change goes to the audit log.
 */
@TenantService
public class ProgrammeAdministration {

    static final String TRAINING = "oem-training";

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    public ProgrammeLevel change(String programme, int level, LevelChange change) {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(TRAINING)) {
            throw new Forbidden("programme levels are kept by head office's training department (" + TRAINING + ")");
        }
        ProgrammeLevel before = programmes.find(caller.network(), programme, level)
                .orElseThrow(() -> new NotFound("programme level", programme + "/" + level));
        String study = course(caller.network(), "studyCourse", change.studyCourse());
        String test = course(caller.network(), "testCourse", change.testCourse());
        if (change.prerequisiteLevel() != null) {
            if (change.prerequisiteLevel() >= level) {
                throw new InvalidField("prerequisiteLevel", "a lower level of the programme, below " + level);
            }
            programmes.require(caller.network(), programme, change.prerequisiteLevel(), "prerequisiteLevel");
        }
        em.createNativeQuery("""
                        UPDATE certification_level SET name = ?3, validity_months = ?4, renewal_window_days = ?5, study_course = ?6,
                               test_course = ?7, training_course = ?8, min_years_in_role = ?9, min_submitted_cases = ?10,
                               prerequisite_level = ?11
                        WHERE network_code = ?1 AND programme_code = ?2 AND level = ?12""")
                .setParameter(1, caller.network()).setParameter(2, programme).setParameter(3, change.name().strip())
                .setParameter(4, change.validityMonths()).setParameter(5, change.renewalWindowDays()).setParameter(6, study)
                .setParameter(7, test).setParameter(8, blankToNull(change.trainingCourse()))
                .setParameter(9, change.minYearsInRole()).setParameter(10, change.minCaseStudies())
                .setParameter(11, change.prerequisiteLevel()).setParameter(12, level)
                .executeUpdate();
        if (change.requiredPerDealer() != null) {
            em.createNativeQuery("UPDATE certification_programme SET required_per_dealer = ?3 WHERE network_code = ?1 AND code = ?2")
                    .setParameter(1, caller.network()).setParameter(2, programme).setParameter(3, change.requiredPerDealer())
                    .executeUpdate();
        }
        ProgrammeLevel after = programmes.find(caller.network(), programme, level).orElseThrow();
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller,
                caller.network(), "PROGRAMME_LEVEL_CHANGED", "programme-level", programme + "/" + level, json(before), json(after)));
        return after;
    }

    /** A course of the network's LMS, or 400 on the field. */
    private String course(String network, String field, String code) {
        String course = blankToNull(code);
        if (course == null) {
            return null;
        }
        boolean known = !em.createNativeQuery("SELECT 1 FROM lms_course WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, course).getResultList().isEmpty();
        if (!known) {
            throw new InvalidField(field, "no LMS course " + course + " in your network");
        }
        return course;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static JsonObject json(ProgrammeLevel l) {
        var o = JSON.createObjectBuilder().add("name", l.name()).add("validityMonths", l.validityMonths())
                .add("renewalWindowDays", l.renewalWindowDays()).add("requiredPerDealer", l.requiredPerDealer());
        if (l.studyCourse() != null) o.add("studyCourse", l.studyCourse());
        if (l.testCourse() != null) o.add("testCourse", l.testCourse());
        if (l.trainingCourse() != null) o.add("trainingCourse", l.trainingCourse());
        if (l.minYearsInRole() != null) o.add("minYearsInRole", l.minYearsInRole());
        if (l.minCaseStudies() != null) o.add("minCaseStudies", l.minCaseStudies());
        if (l.prerequisiteLevel() != null) o.add("prerequisiteLevel", l.prerequisiteLevel());
        return o.build();
    }
}
