package com.dealerhub.platform.training.roster;

import java.time.LocalDate;

/** The bodies of the roster's requests; checked by {@link RosterChecks}, whose messages name each field. */
public final class RosterRequests {

    private RosterRequests() {
    }

    /**
     * A person joins the dealer's roster in a role. The staff number is the person's identity in the
     * whole network: a number already known links that person (the name must match). {@code inRoleSince}
     * defaults to the hire date.
     */
    public record Add(String staffNumber, String name, String mobile, String username, RosterRole role,
                      LocalDate hiredOn, LocalDate inRoleSince) {
    }

    /**
     * Replaces an entry's dates and the person's name, mobile and console username. The role and the
     * staff number are not edited: a new role is a new entry, and the old one is ended.
     */
    public record Edit(String name, String mobile, String username, LocalDate hiredOn, LocalDate inRoleSince,
                       LocalDate leftOn) {
    }

    /** The last day in the role. */
    public record End(LocalDate leftOn) {
    }
}
