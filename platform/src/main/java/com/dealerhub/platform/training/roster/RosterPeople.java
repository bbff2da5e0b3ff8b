package com.dealerhub.platform.training.roster;

import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.training.TrainingDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * People behind roster entries, within the caller's transaction. A staff number is a person's
 * identity in the network: adding a known number links that person, so a technician who moves
 * to another dealer keeps their LMS records and certificates. The name must match; when it does
 * not, the other name is not revealed.
 */
@ApplicationScoped
public class RosterPeople {

    /** One entry to add (or, from a file, to add or update), and where its mistakes are reported ({@code ""} or {@code rows[3].}). */
    public record Line(String at, RosterRequests.Add add) {

        String staffNumber() {
            return normalisedStaffNumber(add.staffNumber());
        }

        String name() {
            return add.name().strip();
        }

        LocalDate inRoleSince() {
            return add.inRoleSince() != null ? add.inRoleSince() : add.hiredOn();
        }
    }

    /** The entry stored, and whether it is new. */
    public record Stored(UUID entry, boolean created) {
    }

    private record KnownPerson(UUID id, String staffNumber, String name, String username) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    static String normalisedStaffNumber(String staffNumber) {
        return staffNumber.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What stands against storing these lines at the caller's dealer: a staff number of a person of
     * another name, a username another person has, the same number named differently or the same
     * person and role twice in the lines, and (unless {@code updateExisting}) an entry already there.
     */
    public List<Problem.FieldError> conflicts(Caller caller, List<Line> lines, boolean updateExisting) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, KnownPerson> byNumber = new HashMap<>();
        Map<String, KnownPerson> byUsername = new HashMap<>();
        for (KnownPerson p : known(caller.network(), lines)) {
            byNumber.put(p.staffNumber(), p);
            if (p.username() != null) {
                byUsername.put(p.username(), p);
            }
        }
        Map<String, String> entries = existingEntries(caller.dealer(), lines);
        Map<String, Line> firstOfNumber = new HashMap<>();
        Map<String, Line> firstOfRole = new HashMap<>();
        Map<String, String> numberOfUsername = new HashMap<>();
        for (Line line : lines) {
            String number = line.staffNumber();
            KnownPerson known = byNumber.get(number);
            if (known != null && !known.name().equals(line.name())) {
                errors.add(new Problem.FieldError(line.at() + "staffNumber", "staff number " + number
                        + " belongs to a person of another name in the network; check the number and the name"));
            }
            Line earlier = firstOfNumber.putIfAbsent(number, line);
            if (earlier != null && !earlier.name().equals(line.name())) {
                errors.add(new Problem.FieldError(line.at() + "name", "staff number " + number + " has another name above ("
                        + earlier.at().replaceAll("\\.$", "") + ")"));
            }
            if (firstOfRole.putIfAbsent(number + "|" + line.add().role(), line) != null) {
                errors.add(new Problem.FieldError(line.at() + "role", "staff number " + number + " is listed in this role twice"));
            }
            String username = RosterChecks.blankToNull(line.add().username());
            if (username != null) {
                KnownPerson holder = byUsername.get(username);
                String other = numberOfUsername.putIfAbsent(username, number);
                if ((holder != null && !holder.staffNumber().equals(number)) || (other != null && !other.equals(number))) {
                    errors.add(new Problem.FieldError(line.at() + "username", "another person of the network has the username " + username));
                }
            }
            String ended = entries.get(number + "|" + line.add().role());
            if (ended != null && !updateExisting) {
                errors.add(new Problem.FieldError(line.at() + "role", ended.isEmpty()
                        ? "this person is already on the roster in this role"
                        : "this person left this role on " + ended + "; edit that entry (clear its end date) instead"));
            }
        }
        return errors;
    }

    /**
     * Stores a line checked by {@link #conflicts}: the person (created, or linked and given the
     * mobile and username the line names) and the entry (created, or its dates updated).
     */
    public Stored store(Caller caller, Line line) {
        em.createNativeQuery("""
                        INSERT INTO person (id, network_code, staff_number, name, mobile, username)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (network_code, staff_number) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, caller.network()).setParameter(3, line.staffNumber())
                .setParameter(4, line.name()).setParameter(5, RosterChecks.blankToNull(line.add().mobile()))
                .setParameter(6, RosterChecks.blankToNull(line.add().username())).executeUpdate();
        Object[] person = (Object[]) em.createNativeQuery("SELECT id, name FROM person WHERE network_code = ?1 AND staff_number = ?2")
                .setParameter(1, caller.network()).setParameter(2, line.staffNumber()).getSingleResult();
        UUID personId = (UUID) person[0];
        if (!line.name().equals(person[1])) {
            // Another transaction created this number with another name since the check.
            throw new Conflict(line.at() + "staffNumber", "staff number " + line.staffNumber()
                    + " belongs to a person of another name in the network; check the number and the name");
        }
        em.createNativeQuery("""
                        UPDATE person SET mobile = COALESCE(?2, mobile), username = COALESCE(?3, username) WHERE id = ?1""")
                .setParameter(1, personId).setParameter(2, RosterChecks.blankToNull(line.add().mobile()))
                .setParameter(3, RosterChecks.blankToNull(line.add().username())).executeUpdate();
        UUID entry = UUID.randomUUID();
        int created = em.createNativeQuery("""
                        INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (dealer_code, person_id, role) DO NOTHING""")
                .setParameter(1, entry).setParameter(2, caller.network()).setParameter(3, caller.dealer())
                .setParameter(4, personId).setParameter(5, line.add().role().name()).setParameter(6, line.add().hiredOn())
                .setParameter(7, line.inRoleSince()).executeUpdate();
        if (created == 1) {
            return new Stored(entry, true);
        }
        UUID existing = (UUID) em.createNativeQuery("""
                        UPDATE roster_entry SET hired_on = ?4, in_role_since = ?5
                        WHERE dealer_code = ?1 AND person_id = ?2 AND role = ?3 RETURNING id""")
                .setParameter(1, caller.dealer()).setParameter(2, personId).setParameter(3, line.add().role().name())
                .setParameter(4, line.add().hiredOn()).setParameter(5, line.inRoleSince()).getSingleResult();
        return new Stored(existing, false);
    }

    /**
     * Changes a person's name, mobile and username: only their current dealer may (a dealer they
     * left keeps its entries, not the say over the person), and a username belongs to one person.
     */
    public void updatePerson(Caller caller, UUID person, String name, String mobile, String username) {
        long current = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM roster_entry WHERE person_id = ?1 AND dealer_code = ?2
                        AND (left_on IS NULL OR left_on >= ?3)""")
                .setParameter(1, person).setParameter(2, caller.dealer()).setParameter(3, TrainingDay.today(clock))
                .getSingleResult()).longValue();
        if (current == 0) {
            throw new Conflict("name", "this person has left your dealer; their name, mobile and username are kept by their current dealer");
        }
        if (username != null) {
            List<?> holders = em.createNativeQuery("SELECT id FROM person WHERE network_code = ?1 AND username = ?2 AND id <> ?3")
                    .setParameter(1, caller.network()).setParameter(2, username).setParameter(3, person).getResultList();
            if (!holders.isEmpty()) {
                throw new Conflict("username", "another person of the network has the username " + username);
            }
        }
        em.createNativeQuery("UPDATE person SET name = ?2, mobile = ?3, username = ?4 WHERE id = ?1")
                .setParameter(1, person).setParameter(2, name).setParameter(3, mobile).setParameter(4, username)
                .executeUpdate();
    }

    private List<KnownPerson> known(String network, List<Line> lines) {
        String[] numbers = lines.stream().map(Line::staffNumber).distinct().toArray(String[]::new);
        String[] usernames = lines.stream().map(l -> RosterChecks.blankToNull(l.add().username())).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        List<?> rows = em.createNativeQuery("""
                        SELECT id, staff_number, name, username FROM person
                        WHERE network_code = ?1 AND (staff_number = ANY (?2) OR username = ANY (?3))""")
                .setParameter(1, network).setParameter(2, numbers).setParameter(3, usernames).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new KnownPerson((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** The dealer's entries of these staff numbers, by number and role: "" while not ended, else the end date. */
    private Map<String, String> existingEntries(String dealer, List<Line> lines) {
        String[] numbers = lines.stream().map(Line::staffNumber).distinct().toArray(String[]::new);
        List<?> rows = em.createNativeQuery("""
                        SELECT p.staff_number, e.role, e.left_on FROM roster_entry e JOIN person p ON p.id = e.person_id
                        WHERE e.dealer_code = ?1 AND p.staff_number = ANY (?2)""")
                .setParameter(1, dealer).setParameter(2, numbers).getResultList();
        Map<String, String> entries = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate leftOn = NativeValues.date(r[2]);
            entries.put(r[0] + "|" + r[1], leftOn == null ? "" : leftOn.toString());
        }
        return entries;
    }
}
