package com.dealerhub.platform.warranty.claims;

import java.time.LocalDate;
import java.util.UUID;

/** The repair a claim is about, as the dealer states it (the fault description is its case's description). */
public record ClaimRepair(String repairOrder, String vin, String model, LocalDate saleDate, LocalDate repairDate,
                          long mileage, String faultDescription, String cause, UUID preAuthorisation, String campaign) {
}
