package com.dealerhub.reporting.kpi.drilldown;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A record of a dealer's service-process feed as indexed (ADR 0018), for the OpenAPI document; a kind's own fields appear with it. */
@Schema(name = "FeedRecord", description = "A DMS record as indexed; the fields of its kind appear when it has them")
public record FeedRecordDocument(String id, String network, String dealerCode, String dealerName, String regionCode,
                                 String regionName,
                                 @Schema(description = "APPOINTMENT, REPAIR_ORDER, FOLLOW_UP_CALL, COMPLAINT or ROADSIDE_RESCUE") String kind,
                                 String number, Instant occurredAt, long version, Instant openedAt, Instant deliveredAt,
                                 String vin, Long mileage, Boolean byAppointment, Boolean repeatRepair, Boolean delivered,
                                 Boolean deliveredOnTime, Instant scheduledFor, Boolean arrived, Boolean arrivedOnTime,
                                 Boolean reached, Boolean satisfied, Boolean withinThreeWorkingDays, Instant receivedAt,
                                 Instant requestedAt, Boolean dispatched, Boolean closed) {
}
