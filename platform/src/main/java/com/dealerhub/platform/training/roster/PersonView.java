package com.dealerhub.platform.training.roster;

import com.dealerhub.platform.training.lms.LmsProgress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person as the caller may see them: their entries on the rosters of the dealers the caller
 * reaches, their LMS records and course statuses, and their certificates (wherever earned: a
 * certificate follows the person).
 */
public record PersonView(UUID id, String staffNumber, String name, String mobile, String username,
                         List<RosterEntryView> entries, List<LmsProgress.RecordView> lmsRecords,
                         List<LmsProgress.CourseStatus> courses, List<Certificate> certificates) {

    /** A certificate, valid from its issue through {@code validThrough} inclusive (days in China). */
    public record Certificate(UUID id, String number, String programme, int level, LocalDate issuedOn,
                              LocalDate validThrough, String dealer, boolean valid) {
    }
}
