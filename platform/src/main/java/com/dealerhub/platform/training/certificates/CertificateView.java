package com.dealerhub.platform.training.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certificate as the API shows it, with its status read live today. An expired certificate stays
 * visible and grants nothing.
 *
 * @param daysLeft       days from today to its last valid day (0 on that day, negative once expired)
 * @param issuedAt       the dealer that applied for it
 * @param currentDealers the dealers within the caller's reach whose roster has the holder now
 * @param application    the certification case that earned it
 */
public record CertificateView(UUID id, String number, Holder holder, String programme, String programmeName, int level,
                              String levelName, LocalDate issuedOn, LocalDate validThrough, CertificateStatus status, long daysLeft,
                              String issuedAt, List<String> currentDealers, UUID application) {

    public record Holder(UUID id, String staffNumber, String name) {
    }
}
