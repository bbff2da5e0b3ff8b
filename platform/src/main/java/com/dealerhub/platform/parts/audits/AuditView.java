package com.dealerhub.platform.parts.audits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit with its findings, each with the actions the caller may take on it now. */
public record AuditView(UUID id, String dealer, LocalDate auditedOn, AuditRequests.AuditorKind auditorKind, String auditor,
                        String summary, String recordedBy, Instant recordedAt, int openFindings, List<Finding> findings) {

    public record Finding(UUID id, UUID audit, String dealer, int no, String text, FindingState state, String response,
                          String respondedBy, Instant respondedAt, String note, String closedBy, Instant closedAt,
                          List<FindingAction> allowedActions) {
    }
}
