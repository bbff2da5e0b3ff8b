package com.dealerhub.platform.training.roster;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's entry on a dealer's roster. {@code leftOn} is the last day in the role; the entry is
 * current until then (or for good while it is empty).
 */
public record RosterEntryView(UUID id, String dealer, UUID person, String staffNumber, String name, String mobile,
                              String username, RosterRole role, LocalDate hiredOn, LocalDate inRoleSince,
                              LocalDate leftOn, boolean current) {
}
