package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.attachments.Attachments;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview;
import com.dealerhub.platform.warranty.campaigns.Campaigns;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import com.dealerhub.platform.warranty.preauthorisation.PreAuthorisations;
import com.dealerhub.platform.warranty.settings.WarrantySettings;
import com.dealerhub.platform.training.certificates.Certificates;
import com.dealerhub.platform.training.certificates.Technicians;
import com.dealerhub.platform.warranty.vehicles.VehicleHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * Gathers what auto-adjudication looks at for one claim (the vehicle's registered sale date
 * and history across the network, the catalogue, attachments, the cited pre-authorisation and
 * campaign, the network's current thresholds) and has the rules judge it.
 */
@ApplicationScoped
public class ClaimAdjudicator {

    @Inject
    Catalogue catalogue;

    @Inject
    VehicleHistory vehicles;

    @Inject
    Attachments attachments;

    @Inject
    PreAuthorisations preAuthorisations;

    @Inject
    Campaigns campaigns;

    @Inject
    WarrantySettings settings;

    @Inject
    Technicians technicians;

    @Inject
    Certificates certificates;

    AutoAdjudication.Verdict judge(WarrantyClaim claim) {
        String network = claim.networkCode();
        ClaimRepair repair = claim.repair();
        ClaimLines lines = claim.lines();
        VehicleHistory.Vehicle vehicle = vehicles.registerOrCheck(network, repair.vin(), repair.model(), repair.saleDate());
        List<VehicleHistory.Repair> history = vehicles.repairs(network, repair.vin(), claim.id());
        var terms = catalogue.warrantyTerms(network, vehicle.model())
                .orElseThrow(() -> new InvalidField("model", "model " + vehicle.model() + " is not in the network's catalogue"));
        var authorisation = repair.preAuthorisation() == null ? null
                : preAuthorisations.cited(repair.preAuthorisation(), claim.id()).map(PreAuthorisations.Cited::authorisation).orElse(null);
        var campaign = repair.campaign() == null ? null
                : campaigns.coverage(network, repair.campaign(), repair.vin(), claim.id()).orElse(null);
        // An odometer-rollback claim declares the lower reading; the FMC confirms it instead of the mileage rule.
        Long lastKnownMileage = claim.kind() == ClaimKind.ODOMETER_ROLLBACK ? null : VehicleHistory.lastKnownMileage(history);
        ClaimUnderReview underReview = new ClaimUnderReview(vehicle.saleDate(), repair.repairDate(), repair.mileage(),
                lastKnownMileage, terms,
                lines.labor().stream().map(l -> new ClaimUnderReview.LaborLine(l.operation(), l.hours(), l.flatRateHours())).toList(),
                lines.parts().stream().map(p -> new ClaimUnderReview.PartLine(p.number(), p.unitPrice(), p.cataloguePrice())).toList(),
                VehicleHistory.asEarlierClaims(history), claim.kind().requiredAttachments(),
                claim.kind().requiredAttachments().isEmpty() ? Set.of() : attachments.purposes(claim.id()),
                new ClaimUnderReview.AuthorisationNeed(claim.kind().needsPreAuthorisation(), lines.specialParts()), authorisation,
                campaign, certification(claim, lines));
        return AutoAdjudication.judge(underReview, settings.current(network));
    }

    /** What the labor operations require, and, only when one requires anything, what the named technicians hold. */
    private ClaimUnderReview.Certification certification(WarrantyClaim claim, ClaimLines lines) {
        List<ClaimUnderReview.Requirement> required = catalogue.certificationRequired(claim.networkCode(),
                        lines.labor().stream().map(ClaimLines.Labor::operation).toList()).stream()
                .map(r -> new ClaimUnderReview.Requirement(r.operation(), r.programme(), r.level())).toList();
        if (required.isEmpty()) {
            return ClaimUnderReview.Certification.NONE;
        }
        return new ClaimUnderReview.Certification(required, technicians.named(claim.technicians()).stream()
                .map(t -> new ClaimUnderReview.Technician(t.staffNumber(), t.name(), certificates.of(t.id()).stream()
                        .map(c -> new ClaimUnderReview.Certificate(c.number(), c.programme(), c.level(), c.issuedOn(), c.validThrough()))
                        .toList()))
                .toList());
    }
}
