package com.dealerhub.platform.complaints;

import java.time.Instant;
import java.util.UUID;

/** What a dealer was held to account for: a false closure or a repeated complaint. */
public record PenaltyView(String dealer, UUID caseId, String caseNumber, String kind, Instant at, String note) {
}
