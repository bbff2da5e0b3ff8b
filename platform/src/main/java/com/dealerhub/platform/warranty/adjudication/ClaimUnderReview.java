package com.dealerhub.platform.warranty.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything auto-adjudication looks at, gathered before the rules run so that the rules
 * themselves are pure.
 *
 * @param lastKnownMileage     the highest mileage recorded for the VIN before this claim, or null
 * @param earlierClaims        the VIN's earlier claims (repair date and labor operations)
 * @param requiredAttachments  the attachment purposes the claim kind needs
 * @param attachments          the purposes of the files attached
 * @param authorisationNeed    whether and why the claim needs a TAC pre-authorisation
 * @param authorisation        the cited TAC pre-authorisation, or null if none is cited
 * @param campaign             the cited campaign as it concerns this VIN, or null for a claim outside campaigns
 * @param certification        the certificates the labor operations require and those the named technicians hold
 */
public record ClaimUnderReview(LocalDate saleDate, LocalDate repairDate, long mileage, Long lastKnownMileage,
                               WarrantyTerms terms, List<LaborLine> labor, List<PartLine> parts,
                               List<EarlierClaim> earlierClaims, Set<String> requiredAttachments, Set<String> attachments,
                               AuthorisationNeed authorisationNeed, Authorisation authorisation,
                               Campaign campaign, Certification certification) {

    /**
     * What certification the repair needed and what its technicians held.
     *
     * @param required    per labor operation that requires one, the programme and the lowest level
     * @param technicians the people the claim names as having done the repair, with every certificate they hold or held
     */
    public record Certification(List<Requirement> required, List<Technician> technicians) {
        public static final Certification NONE = new Certification(List.of(), List.of());
    }

    public record Requirement(String operation, String programme, int level) {
    }

    public record Technician(String staffNumber, String name, List<Certificate> certificates) {
    }

    /** A certificate valid from {@code issuedOn} through {@code validThrough}, both inclusive. */
    public record Certificate(String number, String programme, int level, LocalDate issuedOn, LocalDate validThrough) {
    }

    /**
     * Why the claim needs a TAC pre-authorisation: its kind, or the special or assembly parts it
     * lists whatever its kind (the catalogue's flag decides, not the dealer's choice of kind).
     */
    public record AuthorisationNeed(boolean byKind, List<String> specialParts) {
        public static final AuthorisationNeed NONE = new AuthorisationNeed(false, List.of());

        public boolean required() {
            return byKind || !specialParts.isEmpty();
        }
    }

    public record WarrantyTerms(int months, long kilometres) {
    }

    public record LaborLine(String operation, BigDecimal hours, BigDecimal flatRateHours) {
    }

    public record PartLine(String number, BigDecimal unitPrice, BigDecimal cataloguePrice) {
    }

    public record EarlierClaim(String number, LocalDate repairDate, Set<String> laborOperations) {
    }

    /**
     * @param grantedOn      the day the TAC granted it: repairs before it are not covered
     * @param claimsAllowed  how many claims the grant covers
     * @param citedBy        the numbers of the other live claims that already cite it
     */
    public record Authorisation(String number, boolean granted, LocalDate grantedOn, LocalDate expires, int claimsAllowed,
                                List<String> citedBy) {
    }

    /**
     * @param vehicleListed   whether the VIN is among the campaign's vehicles
     * @param claimedBy       the number of the claim that already used the VIN in this campaign, or null
     */
    public record Campaign(String code, boolean vehicleListed, String claimedBy, LocalDate validFrom, LocalDate validTo,
                           Set<String> laborOperations, Set<String> parts) {
    }
}
