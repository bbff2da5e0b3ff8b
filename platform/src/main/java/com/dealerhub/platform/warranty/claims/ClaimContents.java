package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.campaigns.Campaigns;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import com.dealerhub.platform.warranty.preauthorisation.PreAuthorisations;
import com.dealerhub.platform.warranty.vehicles.VehicleHistory;
import com.dealerhub.platform.cases.sla.WorkingCalendars;
import com.dealerhub.platform.training.certificates.Technicians;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what a dealer sends into a claim's contents: checks every field against the network's
 * catalogue, campaigns and the dealer's pre-authorisations, and prices the lines at the
 * dealer's labor rate. Fails with the first field that is wrong.
 */
@ApplicationScoped
public class ClaimContents {

    /** The largest amount a claim's row holds (numeric(14, 2)). */
    static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999.99");

    @Inject
    Catalogue catalogue;

    @Inject
    Campaigns campaigns;

    @Inject
    PreAuthorisations preAuthorisations;

    @Inject
    VehicleHistory vehicles;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Technicians technicians;

    @Inject
    Clock clock;

    /** Fills a new or corrected claim from the request. */
    void fill(WarrantyClaim claim, ClaimRequest request) {
        String network = claim.networkCode();
        String vin = Vin.parse(request.vin(), catalogue.vinCheckDigit(network)).value();
        requireNotInFuture(request.repairDate(), network);
        if (request.saleDate().isAfter(request.repairDate())) {
            throw new InvalidField("saleDate", ProblemCode.SOLD_AFTER_REPAIR.with());
        }
        String model = request.model().strip();
        if (catalogue.warrantyTerms(network, model).isEmpty()) {
            throw new InvalidField("model", "model " + model + " is not in the network's catalogue");
        }
        vehicles.find(network, vin).ifPresent(known -> known.requireAgrees(vin, model, request.saleDate()));
        requireCampaign(request, network);
        BigDecimal rate = catalogue.laborRate(claim.dealerCode());
        ClaimLines lines = ClaimLines.claimed(labor(request, network, rate), parts(request, network), request.sublet());
        requirePreAuthorisation(claim, request, vin, lines);
        if (lines.claimedTotal().compareTo(MAX_TOTAL) > 0) {
            throw new InvalidField("parts", "the claim's total " + lines.claimedTotal() + " exceeds the most a claim may carry, " + MAX_TOTAL);
        }
        ClaimRepair repair = new ClaimRepair(request.repairOrder().strip(), vin, model, request.saleDate(), request.repairDate(),
                request.mileage(), request.faultDescription(), request.cause() == null ? "" : request.cause(),
                request.preAuthorisation(), request.campaign());
        claim.describe(repair, technicians(request, claim.dealerCode()), lines, rate);
        claim.serviceCase().describe(subject(request.kind(), repair), request.faultDescription());
    }

    /** A repair happens by today where the network works (its calendar's zone), not by today in UTC. */
    private void requireNotInFuture(LocalDate repairDate, String network) {
        ZoneId zone = calendars.of(network).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (repairDate.isAfter(today)) {
            throw new InvalidField("repairDate", ProblemCode.REPAIR_DATE_IN_FUTURE.with("today", today, "zone", zone));
        }
    }

    static String subject(ClaimKind kind, ClaimRepair repair) {
        return kind + " " + repair.vin() + " " + repair.model() + " RO " + repair.repairOrder();
    }

    private List<ClaimLines.Labor> labor(ClaimRequest request, String network, BigDecimal rate) {
        List<ClaimLines.Labor> labor = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.labor().size(); i++) {
            ClaimRequest.Labor line = request.labor().get(i);
            String operation = line.operation().strip();
            if (!seen.add(operation)) {
                throw new InvalidField("labor[" + i + "].operation", "operation " + operation + " is listed twice");
            }
            String field = "labor[" + i + "].operation";
            BigDecimal flatRate = catalogue.flatRateHours(network, operation).orElseThrow(() ->
                    new InvalidField(field, "operation " + operation + " is not in the network's catalogue"));
            labor.add(ClaimLines.labor(operation, line.hours(), flatRate, rate));
        }
        return labor;
    }

    /** The people who did the repair: each on the claiming dealer's roster on the repair date, each once. */
    private List<UUID> technicians(ClaimRequest request, String dealer) {
        List<UUID> named = new ArrayList<>();
        for (int i = 0; i < request.technicians().size(); i++) {
            String staffNumber = request.technicians().get(i).strip();
            String field = "technicians[" + i + "]";
            UUID person = technicians.onRoster(dealer, staffNumber, request.repairDate()).orElseThrow(() ->
                    new InvalidField(field, "staff number " + staffNumber + " is not on the dealer's roster on the repair date "
                            + request.repairDate()));
            if (named.contains(person)) {
                throw new InvalidField(field, "staff number " + staffNumber + " is listed twice");
            }
            named.add(person);
        }
        return named;
    }

    /** Parts outside the catalogue are accepted here and judged by auto-adjudication, which records why. */
    private List<ClaimLines.Part> parts(ClaimRequest request, String network) {
        List<ClaimLines.Part> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.parts().size(); i++) {
            ClaimRequest.Part line = request.parts().get(i);
            String number = line.number().strip();
            if (!seen.add(number)) {
                throw new InvalidField("parts[" + i + "].number", "part " + number + " is listed twice");
            }
            var cataloguePart = catalogue.part(network, number);
            parts.add(ClaimLines.part(number, line.quantity(), line.unitPrice(),
                    cataloguePart.map(Catalogue.CataloguePart::unitPrice).orElse(null),
                    cataloguePart.map(Catalogue.CataloguePart::special).orElse(false), Boolean.TRUE.equals(line.causal())));
        }
        return parts;
    }

    private void requireCampaign(ClaimRequest request, String network) {
        if (request.kind().needsCampaign()) {
            if (request.campaign() == null || request.campaign().isBlank()) {
                throw new InvalidField("campaign", "a campaign claim names its campaign");
            }
            if (!campaigns.exists(network, request.campaign())) {
                throw new InvalidField("campaign", "there is no campaign " + request.campaign());
            }
        } else if (request.campaign() != null) {
            throw new InvalidField("campaign", "only campaign claims name a campaign");
        }
    }

    private void requirePreAuthorisation(WarrantyClaim claim, ClaimRequest request, String vin, ClaimLines lines) {
        if (request.preAuthorisation() == null) {
            return;
        }
        if (!request.kind().needsPreAuthorisation() && lines.specialParts().isEmpty()) {
            throw new InvalidField("preAuthorisation", "only claims for special or assembly parts cite a pre-authorisation");
        }
        var cited = preAuthorisations.cited(request.preAuthorisation(), claim.id()).orElseThrow(() ->
                new InvalidField("preAuthorisation", "this dealer has no pre-authorisation " + request.preAuthorisation()));
        if (!cited.vin().equals(vin)) {
            throw new InvalidField("preAuthorisation", "the pre-authorisation is for VIN " + cited.vin());
        }
        if (request.parts().stream().noneMatch(p -> p.number().strip().equals(cited.part()))) {
            throw new InvalidField("preAuthorisation", "the pre-authorisation is for part " + cited.part() + ", which the claim does not list");
        }
    }
}
