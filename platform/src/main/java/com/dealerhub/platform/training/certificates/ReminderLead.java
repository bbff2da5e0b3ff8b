package com.dealerhub.platform.training.certificates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which expiry reminder a certificate is due on a day: 90, 60, 30 and 7 days before the last day it
 * is valid. Only the nearest lead time that has come is ever sent, so after days without reminders
 * (the server was down) the holder hears once, not once per missed lead time.
 */
public final class ReminderLead {

    /** The lead times, in days before the last valid day, farthest first. */
    public static final List<Integer> DAYS_BEFORE = List.of(90, 60, 30, 7);

    private ReminderLead() {
    }

    /** The lead time to send today, unless it was sent already or the certificate has expired. */
    public static Optional<Integer> due(LocalDate validThrough, LocalDate today, Collection<Integer> alreadySent) {
        long daysLeft = ChronoUnit.DAYS.between(today, validThrough);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return DAYS_BEFORE.stream().filter(lead -> daysLeft <= lead).min(Integer::compare)
                .filter(nearest -> !alreadySent.contains(nearest));
    }
}
