package com.dealerhub.platform.training.roster;

import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.training.lms.LmsProgress;
import com.dealerhub.platform.training.TrainingDay;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * People as a dealer or an OEM user may see them. Person, LMS and certificate rows are shared across
 * the network, so the reach is the roster: a caller sees a person only while a dealer it reaches has
 * (or had) them on its roster; anyone else's id answers 404.
 */
@TenantService
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    Roster roster;

    @Inject
    Dealers dealers;

    @Inject
    LmsProgress lms;

    @Inject
    Clock clock;

    public PersonView get(UUID id) {
        Caller caller = CurrentCaller.require();
        List<String> reached = dealers.codesReachedBy(caller);
        List<RosterEntryView> entries = roster.entriesOf(id).stream()
                .filter(e -> reached.contains(e.dealer())).toList();
        if (entries.isEmpty()) {
            throw new NotFound("person", id);
        }
        RosterEntryView any = entries.getFirst();
        List<LmsProgress.RecordView> records = lms.records(id);
        return new PersonView(id, any.staffNumber(), any.name(), any.mobile(), any.username(), entries, records,
                lms.courses(caller.network(), records), certificates(id));
    }

    private List<PersonView.Certificate> certificates(UUID person) {
        LocalDate today = TrainingDay.today(clock);
        List<?> rows = em.createNativeQuery("""
                        SELECT id, number, programme_code, level, issued_on, valid_through, dealer_code FROM certificate
                        WHERE person_id = ?1 ORDER BY valid_through DESC, number""")
                .setParameter(1, person).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            LocalDate issuedOn = NativeValues.date(r[4]);
            LocalDate validThrough = NativeValues.date(r[5]);
            return new PersonView.Certificate((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), issuedOn,
                    validThrough, (String) r[6], !today.isBefore(issuedOn) && !today.isAfter(validThrough));
        }).toList();
    }
}
