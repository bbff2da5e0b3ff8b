package com.dealerhub.platform.training.lms;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.imports.ImportTable;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records the LMS sends: course completions and test scores of people of the network, known by
 * their staff number. The LMS calls as a client with the {@code oem-training} role. A record id is
 * the same record for good: sent again with the same content it is answered {@code UNCHANGED};
 * with other content it is refused (409 on {@code recordId}), since the platform keeps what it
 * received and never rewrites a result: a new attempt is a new record with an id of its own.
 */
@TenantService
public class LmsRecords {

    static final List<String> COLUMNS = List.of("recordId", "staffNumber", "course");
    static final List<String> OPTIONAL_COLUMNS = List.of("completedOn", "score", "testedOn");
    static final List<String> EXAMPLE = List.of("LMS-2026-000123", "AUR-T0001", "TECH-L1-TEST", "", "86", "2026-03-02");
    static final int MAX_BATCH = 1000;

    /** What a file import did: records stored, records already stored with the same content. */
    public record Imported(int rows, int created, int unchanged) {
    }

    /** A record checked and resolved: the person it is about. */
    private record Resolved(LmsRequests.Record record, UUID person) {
    }

    /** The people and courses a set of records names. */
    private record Names(Map<String, UUID> people, Set<String> courses) {

        void check(String at, LmsRequests.Record record, List<Problem.FieldError> errors) {
            if (!people.containsKey(staffNumber(record))) {
                errors.add(new Problem.FieldError(at + "staffNumber", "no one in the network has staff number " + staffNumber(record)
                        + "; a dealer adds them to its roster first"));
            }
            if (!courses.contains(record.course().strip())) {
                errors.add(new Problem.FieldError(at + "course", "no LMS course " + record.course().strip() + " in the network"));
            }
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public LmsBatchResult batch(LmsRequests.Batch batch) {
        Caller caller = LmsCourses.requireTraining();
        if (batch.records() == null || batch.records().isEmpty() || batch.records().size() > MAX_BATCH) {
            throw new InvalidField("records", "send 1 to " + MAX_BATCH + " records");
        }
        LocalDate today = TrainingDay.today(clock);
        Names names = names(caller.network(), batch.records());
        List<LmsBatchResult.Item> items = new ArrayList<>();
        for (LmsRequests.Record record : batch.records()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (record == null) {
                items.add(LmsBatchResult.Item.refused(null,
                        Problem.invalid(List.of(new Problem.FieldError("records", "a record must be an object")))));
                continue;
            }
            LmsRecordChecks.check("", record, today, errors);
            if (errors.isEmpty()) {
                names.check("", record, errors);
            }
            if (!errors.isEmpty()) {
                items.add(LmsBatchResult.Item.refused(record.recordId(), Problem.invalid(errors)));
                continue;
            }
            Resolved resolved = new Resolved(record, names.people().get(staffNumber(record)));
            try {
                boolean created = store(caller.network(), resolved);
                items.add(LmsBatchResult.Item.stored(record.recordId(),
                        created ? LmsBatchResult.Outcome.CREATED : LmsBatchResult.Outcome.UNCHANGED));
            } catch (Conflict conflict) {
                items.add(LmsBatchResult.Item.refused(record.recordId(), conflict.problem()));
            }
        }
        return new LmsBatchResult(count(items, LmsBatchResult.Outcome.CREATED), count(items, LmsBatchResult.Outcome.UNCHANGED),
                count(items, LmsBatchResult.Outcome.REFUSED), items);
    }

    /**
     * Stores the records a file lists (columns {@link #COLUMNS}, optionally {@link #OPTIONAL_COLUMNS}):
     * all of them, or when any row is wrong (a wrong value, an unknown person or course, a record id
     * stored with other content) none, with every wrong row and column named.
     */
    public Imported importFile(byte[] content, String mediaType) {
        Caller caller = LmsCourses.requireTraining();
        ImportTable table = ImportTable.read(content, mediaType, COLUMNS, OPTIONAL_COLUMNS);
        LocalDate today = TrainingDay.today(clock);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<LmsRequests.Record> records = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            List<Problem.FieldError> rowErrors = new ArrayList<>();
            LmsRequests.Record record = new LmsRequests.Record(row.text("recordId"), row.text("staffNumber"), row.text("course"),
                    row.date("completedOn", rowErrors), row.decimal("score", rowErrors), row.date("testedOn", rowErrors));
            List<Problem.FieldError> ruleErrors = new ArrayList<>();
            LmsRecordChecks.check(row.field(""), record, today, ruleErrors);
            List<String> unreadable = new ArrayList<>(rowErrors.stream().map(Problem.FieldError::field).toList());
            if (unreadable.contains(row.field("score"))) {
                // "neither a completion nor a score" would only repeat that the score could not be read
                unreadable.add(row.field("completedOn"));
            }
            ruleErrors.stream().filter(e -> !unreadable.contains(e.field())).forEach(rowErrors::add);
            if (rowErrors.isEmpty()) {
                records.add(record);
                places.add(row.field(""));
            }
            errors.addAll(rowErrors);
        }
        Names names = names(caller.network(), records);
        Map<String, LmsRequests.Record> inFile = new HashMap<>();
        Map<String, Stored> stored = storedRecords(caller.network(), records);
        List<Resolved> toStore = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LmsRequests.Record record = records.get(i);
            List<Problem.FieldError> rowErrors = new ArrayList<>();
            names.check(places.get(i), record, rowErrors);
            if (rowErrors.isEmpty()) {
                Resolved resolved = new Resolved(record, names.people().get(staffNumber(record)));
                LmsRequests.Record earlier = inFile.putIfAbsent(record.recordId(), record);
                Stored existing = stored.get(record.recordId());
                if ((earlier != null && !sameContent(earlier, record)) || (existing != null && !existing.sameAs(resolved))) {
                    rowErrors.add(new Problem.FieldError(places.get(i) + "recordId", "record " + record.recordId()
                            + " was " + (existing != null ? "received before" : "listed above") + " with other content"));
                } else if (earlier == null && existing == null) {
                    toStore.add(resolved);
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.size() + " errors in the file; nothing was imported", ImportTable.byRow(errors));
        }
        int created = 0;
        for (Resolved resolved : toStore) {
            if (store(caller.network(), resolved)) {
                created++;
            }
        }
        return new Imported(table.rows().size(), created, table.rows().size() - created);
    }

    /** Whether the record was new; a record id stored with other content is a conflict. */
    private boolean store(String network, Resolved resolved) {
        LmsRequests.Record r = resolved.record();
        int inserted = em.createNativeQuery("""
                        INSERT INTO lms_record (network_code, record_id, person_id, course_code, completed_on, score, tested_on)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (network_code, record_id) DO NOTHING""")
                .setParameter(1, network).setParameter(2, r.recordId()).setParameter(3, resolved.person())
                .setParameter(4, r.course().strip()).setParameter(5, r.completedOn()).setParameter(6, r.score())
                .setParameter(7, r.testedOn()).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        Stored existing = storedRecords(network, List.of(r)).get(r.recordId());
        if (existing == null || !existing.sameAs(resolved)) {
            throw new Conflict("recordId", "record " + r.recordId() + " was received before with other content;"
                    + " a record id stands for one record, send a new attempt under a new id");
        }
        return false;
    }

    /** A record as stored. */
    private record Stored(UUID person, String course, LocalDate completedOn, BigDecimal score, LocalDate testedOn) {

        boolean sameAs(Resolved resolved) {
            LmsRequests.Record r = resolved.record();
            return person.equals(resolved.person()) && course.equals(r.course().strip())
                    && Objects.equals(completedOn, r.completedOn()) && Objects.equals(testedOn, r.testedOn())
                    && sameScore(score, r.score());
        }
    }

    private Map<String, Stored> storedRecords(String network, List<LmsRequests.Record> records) {
        String[] ids = records.stream().map(LmsRequests.Record::recordId).distinct().toArray(String[]::new);
        List<?> rows = em.createNativeQuery("""
                        SELECT record_id, person_id, course_code, completed_on, score, tested_on FROM lms_record
                        WHERE network_code = ?1 AND record_id = ANY (?2)""")
                .setParameter(1, network).setParameter(2, ids).getResultList();
        Map<String, Stored> stored = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            stored.put((String) r[0], new Stored((UUID) r[1], (String) r[2], NativeValues.date(r[3]), (BigDecimal) r[4],
                    NativeValues.date(r[5])));
        }
        return stored;
    }

    private Names names(String network, List<LmsRequests.Record> records) {
        String[] numbers = records.stream().filter(Objects::nonNull).map(LmsRecords::staffNumberOrNull)
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, UUID> people = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT staff_number, id FROM person WHERE network_code = ?1 AND staff_number = ANY (?2)")
                .setParameter(1, network).setParameter(2, numbers).getResultList()) {
            people.put((String) ((Object[]) row)[0], (UUID) ((Object[]) row)[1]);
        }
        Set<String> courses = new HashSet<>();
        for (Object code : em.createNativeQuery("SELECT code FROM lms_course WHERE network_code = ?1")
                .setParameter(1, network).getResultList()) {
            courses.add((String) code);
        }
        return new Names(people, courses);
    }

    private static boolean sameContent(LmsRequests.Record a, LmsRequests.Record b) {
        return staffNumber(a).equals(staffNumber(b)) && a.course().strip().equals(b.course().strip())
                && Objects.equals(a.completedOn(), b.completedOn()) && Objects.equals(a.testedOn(), b.testedOn())
                && sameScore(a.score(), b.score());
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String staffNumber(LmsRequests.Record record) {
        return record.staffNumber().strip().toUpperCase(Locale.ROOT);
    }

    private static String staffNumberOrNull(LmsRequests.Record record) {
        return record.staffNumber() == null ? null : staffNumber(record);
    }

    private static int count(List<LmsBatchResult.Item> items, LmsBatchResult.Outcome outcome) {
        return (int) items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
