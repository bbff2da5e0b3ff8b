package com.dealerhub.platform.training.lms;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The network's LMS courses: read by everyone in the network, defined by the training department. */
@TenantService
public class LmsCourses {

    static final String TRAINING = "oem-training";

    @PersistenceContext
    EntityManager em;

    public List<LmsCourseView> list() {
        List<?> rows = em.createNativeQuery("SELECT code, name, completion, pass_score FROM lms_course WHERE network_code = ?1 ORDER BY code")
                .setParameter(1, requireNetwork().network()).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new LmsCourseView((String) r[0], (String) r[1], Completion.valueOf((String) r[2]), (BigDecimal) r[3]))
                .toList();
    }

    /** Defines a course or changes its name, completion and pass score. */
    public LmsCourseView save(String code, LmsRequests.Course course) {
        Caller caller = requireTraining();
        if (code == null || !LmsRecordChecks.CODE.matcher(code).matches()) {
            throw new InvalidField("code", "a course code of letters, digits, '.', '_' or '-', up to 40 characters");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        LmsRecordChecks.course("", course, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields("the course is not valid", errors);
        }
        em.createNativeQuery("""
                        INSERT INTO lms_course (network_code, code, name, completion, pass_score) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (network_code, code) DO UPDATE SET name = excluded.name, completion = excluded.completion,
                            pass_score = excluded.pass_score""")
                .setParameter(1, caller.network()).setParameter(2, code).setParameter(3, course.name().strip())
                .setParameter(4, course.completion().name()).setParameter(5, course.passScore()).executeUpdate();
        return new LmsCourseView(code, course.name().strip(), course.completion(), course.passScore());
    }

    static Caller requireTraining() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(TRAINING)) {
            throw new Forbidden("the training department (oem-training) keeps LMS courses and records");
        }
        return caller;
    }

    private static Caller requireNetwork() {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null) {
            throw new Forbidden("LMS courses belong to a network");
        }
        return caller;
    }
}
