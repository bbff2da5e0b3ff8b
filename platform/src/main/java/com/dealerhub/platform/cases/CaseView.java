package com.dealerhub.platform.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API returns it.
 *
 * @param allowedActions what the caller may do to the case now, as its type's workflow table says;
 *                       the console draws its buttons from this
 */
public record CaseView(UUID id, String number, CaseType type, String state, String dealer, String network,
                       String subject, String description, String createdBy, Instant createdAt, Instant updatedAt,
                       long version, List<Step> timeline, List<String> allowedActions) {

    public record Step(Instant at, String actor, String action, String fromState, String toState, String note) {
    }

    public static CaseView of(ServiceCase c, List<? extends Enum<?>> allowedActions) {
        return new CaseView(c.id(), c.number(), c.type(), c.state(), c.dealerCode(), c.networkCode(), c.subject(),
                c.description(), c.createdBy(), c.createdAt(), c.updatedAt(), c.version(),
                c.timeline().stream()
                        .map(t -> new Step(t.at(), t.actor(), t.action(), t.fromState(), t.toState(), t.note()))
                        .toList(),
                allowedActions.stream().map(Enum::name).toList());
    }
}
