package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** China's three guarantees (三包): a VIN's ledger across the network's dealers, and the rule versions. */
@ApplicationScoped
@Path("/three-guarantees")
@Produces(MediaType.APPLICATION_JSON)
public class ThreeGuaranteesResource {

    /** A rule version's thresholds; its effective date is the path's. Ranges are checked together, naming the field. */
    public record RulesRequest(@NotNull Integer periodMonths, @NotNull Integer periodKm, @NotNull Integer repairWarrantyMonths,
                               @NotNull Integer repairWarrantyKm, @NotNull Integer maxRepairDays, @NotNull Integer maxSameProblemRepairs,
                               @NotNull Integer seriousSafetyRepairs, @NotNull Integer majorPartReplacements,
                               @NotNull Integer loanerFromDay, @NotNull Integer yellowRepairDays, @NotNull Integer orangeRepairDays,
                               @NotNull Integer yellowSameProblemRepairs, @NotNull Integer orangeSameProblemRepairs) {
    }

    @Inject
    ThreeGuarantees threeGuarantees;

    /** The VIN's ledger: periods, counts, warning level with reasons, and each repair with its dealer and date. */
    @GET
    @Path("/vehicles/{vin}")
    public Ledger vehicle(@PathParam("vin") String vin) {
        return threeGuarantees.vehicle(vin);
    }

    /** The network's rule versions, oldest first. */
    @GET
    @Path("/rules")
    public List<RuleVersion> rules() {
        return threeGuarantees.rules();
    }

    /** Head office's quality department adds the version taking effect on the date (after today), or corrects one not yet in effect. */
    @PUT
    @Path("/rules/{effectiveFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RuleVersion> put(@PathParam("effectiveFrom") String effectiveFrom, @NotNull @Valid RulesRequest r) {
        return threeGuarantees.put(new RuleVersion(QueryParameters.date("effectiveFrom", effectiveFrom), r.periodMonths(),
                r.periodKm(), r.repairWarrantyMonths(), r.repairWarrantyKm(), r.maxRepairDays(), r.maxSameProblemRepairs(),
                r.seriousSafetyRepairs(), r.majorPartReplacements(), r.loanerFromDay(), r.yellowRepairDays(), r.orangeRepairDays(),
                r.yellowSameProblemRepairs(), r.orangeSameProblemRepairs()));
    }
}
