package com.dealerhub.reporting.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The indexed case as a search hit or a KPI's record shows it, for the OpenAPI document: the hits are
 * the documents themselves, so that a field added to the index reaches clients without a release.
 * Fields of other types than the hit's are absent.
 */
@Schema(name = "IndexedCase", description = "A case as indexed; the fields of its type appear when it has them")
public record IndexedCase(String id, String number, String type, String state, String network, String dealerCode,
                          String dealerName, String regionCode, String regionName, String subject, String createdBy,
                          Instant createdAt, Instant updatedAt, long version,
                          @Schema(description = "NONE, ON_TIME, WARNED or BREACHED") String slaState, Instant nextDueAt,
                          String vin, String kind, String model, String repairOrder, LocalDate repairDate, Long mileage,
                          List<String> laborOperations, List<String> parts, String campaign, BigDecimal amount,
                          Instant settledAt, Instant submittedAt, Instant decidedAt, Double cycleHours,
                          Boolean returned, Boolean rejected, List<String> returnReasons, List<String> rejectionReasons,
                          String category, String faultCategory, Boolean emergency, Boolean media, Boolean repeatEscalated,
                          String callbackOutcome) {
}
