package com.dealerhub.platform.cases;

import java.util.List;

/** One page of a case list: the items, and how many there are in all. */
public record CasePage(List<CaseSummary> items, long total, int page, int size) {

    public record CaseSummary(java.util.UUID id, String number, CaseType type, String state, String dealer,
                              String subject, java.time.Instant createdAt, java.time.Instant updatedAt) {

        static CaseSummary of(ServiceCase c) {
            return new CaseSummary(c.id(), c.number(), c.type(), c.state(), c.dealerCode(), c.subject(),
                    c.createdAt(), c.updatedAt());
        }
    }
}
