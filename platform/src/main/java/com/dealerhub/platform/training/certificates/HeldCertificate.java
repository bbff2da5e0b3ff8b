package com.dealerhub.platform.training.certificates;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate a person holds (or held): what it certifies and the days it is valid, both inclusive. */
public record HeldCertificate(UUID id, String number, UUID person, String programme, int level, LocalDate issuedOn,
                              LocalDate validThrough) {

    /** Whether it was valid on the day: issued by then and not yet expired. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validThrough);
    }

    /** Whether it certifies the programme at the level or higher. */
    public boolean certifies(String programme, int minLevel) {
        return this.programme.equals(programme) && level >= minLevel;
    }
}
