package com.dealerhub.platform.training.roster;

import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.imports.ImportTable;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.training.TrainingDay;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A dealer's staff roster: who works there in which role, since when, until when. The dealer's
 * admin keeps it (one by one or from a file); the dealer's users read it, and OEM users read the
 * rosters of the dealers they reach. People are network-wide (see {@link RosterPeople}).
 */
@TenantService
public class Roster {

    static final String KEEPER = "dealer-admin";

    /** What a file import did: entries added, entries whose dates or person details it updated. */
    public record Imported(int rows, int created, int updated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    RosterPeople people;

    @Inject
    Clock clock;

    /** The roster of the caller's dealer, or for OEM users of {@code dealer} (required, within reach); current entries first. */
    public List<RosterEntryView> list(String dealer) {
        String code = readableDealer(CurrentCaller.require(), dealer);
        return entries("e.dealer_code = ?1", code);
    }

    public RosterEntryView add(RosterRequests.Add add) {
        Caller caller = requireKeeper();
        List<Problem.FieldError> errors = new ArrayList<>();
        RosterChecks.add("", add, today(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields("the roster entry is not valid", errors);
        }
        RosterPeople.Line line = new RosterPeople.Line("", add);
        List<Problem.FieldError> conflicts = people.conflicts(caller, List.of(line), false);
        if (!conflicts.isEmpty()) {
            throw new Conflict(conflicts.getFirst().field(), conflicts.getFirst().message());
        }
        return get(people.store(caller, line).entry());
    }

    public RosterEntryView edit(UUID id, RosterRequests.Edit edit) {
        Caller caller = requireKeeper();
        RosterEntryView entry = requireOwn(caller, id);
        LocalDate inRoleSince = edit.inRoleSince() != null ? edit.inRoleSince() : edit.hiredOn();
        List<Problem.FieldError> errors = new ArrayList<>();
        RosterChecks.person("", edit.name(), edit.mobile(), edit.username(), errors);
        RosterChecks.dates("", edit.hiredOn(), inRoleSince, edit.leftOn(), today(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields("the roster entry is not valid", errors);
        }
        String name = edit.name().strip();
        String mobile = RosterChecks.blankToNull(edit.mobile());
        String username = RosterChecks.blankToNull(edit.username());
        boolean personChanged = !name.equals(entry.name()) || !Objects.equals(mobile, entry.mobile())
                || !Objects.equals(username, entry.username());
        if (personChanged) {
            people.updatePerson(caller, entry.person(), name, mobile, username);
        }
        em.createNativeQuery("UPDATE roster_entry SET hired_on = ?2, in_role_since = ?3, left_on = ?4 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, edit.hiredOn()).setParameter(3, inRoleSince)
                .setParameter(4, edit.leftOn()).executeUpdate();
        return get(id);
    }

    /** The person leaves the role; {@code leftOn} is their last day in it. */
    public RosterEntryView end(UUID id, RosterRequests.End end) {
        Caller caller = requireKeeper();
        RosterEntryView entry = requireOwn(caller, id);
        if (end == null || end.leftOn() == null) {
            throw new InvalidField("leftOn", "must not be null");
        }
        if (entry.leftOn() != null) {
            throw new Conflict("leftOn", "the entry already ended on " + entry.leftOn() + "; edit it to change the date");
        }
        if (end.leftOn().isBefore(entry.inRoleSince())) {
            throw new InvalidField("leftOn", "must not be before the day the role began, " + entry.inRoleSince());
        }
        em.createNativeQuery("UPDATE roster_entry SET left_on = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, end.leftOn()).executeUpdate();
        return get(id);
    }

    /**
     * Adds or updates the entries a file lists (columns {@link RosterFile#COLUMNS}): all of them or,
     * when any row is wrong, none, with every wrong row and column named. Entries the file does not
     * list are left as they are.
     */
    public Imported importFile(byte[] content, String mediaType) {
        Caller caller = requireKeeper();
        ImportTable table = ImportTable.read(content, mediaType, RosterFile.COLUMNS, RosterFile.OPTIONAL_COLUMNS);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<RosterPeople.Line> lines = RosterFile.lines(table, today(), errors);
        errors.addAll(people.conflicts(caller, lines, true));
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.size() + " errors in the file; nothing was imported", ImportTable.byRow(errors));
        }
        int created = 0;
        for (RosterPeople.Line line : lines) {
            if (people.store(caller, line).created()) {
                created++;
            }
        }
        return new Imported(lines.size(), created, lines.size() - created);
    }

    public RosterEntryView get(UUID id) {
        return entries("e.id = ?1", id).stream().findFirst().orElseThrow(() -> new NotFound("roster entry", id));
    }

    private RosterEntryView requireOwn(Caller caller, UUID id) {
        RosterEntryView entry = get(id);
        if (!entry.dealer().equals(caller.dealer())) {
            throw new NotFound("roster entry", id);
        }
        return entry;
    }

    /** A person's entries at the dealers row security lets the caller see. */
    public List<RosterEntryView> entriesOf(UUID person) {
        return entries("e.person_id = ?1", person);
    }

    /** Entries matching {@code condition} (parameter ?1), within the caller's reach by row security. */
    private List<RosterEntryView> entries(String condition, Object parameter) {
        LocalDate today = today();
        List<?> rows = em.createNativeQuery("""
                        SELECT e.id, e.dealer_code, p.id, p.staff_number, p.name, p.mobile, p.username, e.role,
                               e.hired_on, e.in_role_since, e.left_on
                        FROM roster_entry e JOIN person p ON p.id = e.person_id
                        WHERE %s
                        ORDER BY (e.left_on IS NULL OR e.left_on >= ?2) DESC, p.name, e.role, e.hired_on""".formatted(condition))
                .setParameter(1, parameter).setParameter(2, today).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            LocalDate leftOn = NativeValues.date(r[10]);
            return new RosterEntryView((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], RosterRole.valueOf((String) r[7]), NativeValues.date(r[8]),
                    NativeValues.date(r[9]), leftOn, leftOn == null || !leftOn.isBefore(today));
        }).toList();
    }

    private String readableDealer(Caller caller, String dealer) {
        if (caller.scope() == CallerScope.DEALER) {
            if (dealer != null && !dealer.equals(caller.dealer())) {
                throw new NotFound("dealer", dealer);
            }
            return caller.dealer();
        }
        if (!caller.isOemStaff()) {
            throw new Forbidden("rosters are read by the dealer's users and OEM staff");
        }
        if (dealer == null) {
            throw new InvalidField("dealer", "name the dealer whose roster to read");
        }
        if (!dealers.codesReachedBy(caller).contains(dealer)) {
            throw new NotFound("dealer", dealer);
        }
        return dealer;
    }

    private LocalDate today() {
        return TrainingDay.today(clock);
    }

    private static Caller requireKeeper() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.DEALER || !caller.hasRole(KEEPER)) {
            throw new Forbidden("the dealer's admin keeps its roster");
        }
        return caller;
    }
}
