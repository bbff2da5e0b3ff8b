package com.dealerhub.platform.training.lms;

import com.dealerhub.platform.cases.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person's LMS records and, per course of the network, whether and when it is done; within the caller's transaction. */
@ApplicationScoped
public class LmsProgress {

    /** A record as received. */
    public record RecordView(String recordId, String course, LocalDate completedOn, BigDecimal score, LocalDate testedOn) {
    }

    /** A course and whether the person has done it ({@code doneOn} empty when not). */
    public record CourseStatus(String course, String name, Completion completion, BigDecimal passScore, boolean done,
                               LocalDate doneOn) {
    }

    @PersistenceContext
    EntityManager em;

    public List<RecordView> records(UUID person) {
        List<?> rows = em.createNativeQuery("""
                        SELECT record_id, course_code, completed_on, score, tested_on FROM lms_record
                        WHERE person_id = ?1 ORDER BY COALESCE(completed_on, tested_on) DESC, record_id""")
                .setParameter(1, person).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new RecordView((String) r[0], (String) r[1],
                NativeValues.date(r[2]), (BigDecimal) r[3], NativeValues.date(r[4]))).toList();
    }

    /** Every course of the network with the person's status in it, judged on all their records. */
    public List<CourseStatus> courses(String network, List<RecordView> records) {
        Map<String, List<Completion.Attempt>> attempts = records.stream().collect(Collectors.groupingBy(RecordView::course,
                Collectors.mapping(r -> new Completion.Attempt(r.completedOn(), r.score(), r.testedOn()), Collectors.toList())));
        List<?> rows = em.createNativeQuery("SELECT code, name, completion, pass_score FROM lms_course WHERE network_code = ?1 ORDER BY code")
                .setParameter(1, network).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            Completion completion = Completion.valueOf((String) r[2]);
            BigDecimal passScore = (BigDecimal) r[3];
            LocalDate doneOn = completion.doneOn(passScore, attempts.getOrDefault((String) r[0], List.of()), LocalDate.MIN)
                    .orElse(null);
            return new CourseStatus((String) r[0], (String) r[1], completion, passScore, doneOn != null, doneOn);
        }).toList();
    }
}
