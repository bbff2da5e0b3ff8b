package com.dealerhub.platform.warranty.settings;

import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.platform.warranty.adjudication.RuleSettings;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Path("/warranty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarrantySettingsResource {

    public record ThresholdsRequest(@NotNull @Min(0) @Max(3650) Integer duplicateWindowDays,
                                    @NotNull @Min(0) @Max(100) Integer laborTolerancePercent,
                                    @NotNull @Min(0) @Max(100) Integer priceTolerancePercent) {
    }

    public record ChainRequest(@NotNull @Size(min = 1, max = 4) List<@NotNull ApprovalStep> steps) {
    }

    public record LaborRateRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("99999")
                                   @Digits(integer = 5, fraction = 2) BigDecimal rate) {
    }

    @Inject
    SettingsAdministration administration;

    /** The auto-adjudication thresholds in force, with their version. */
    @GET
    @Path("/adjudication-settings")
    public RuleSettings settings() {
        return administration.current();
    }

    @PUT
    @Path("/adjudication-settings")
    public RuleSettings updateSettings(@Valid @NotNull ThresholdsRequest request) {
        return administration.update(new SettingsAdministration.Thresholds(request.duplicateWindowDays(),
                request.laborTolerancePercent(), request.priceTolerancePercent()));
    }

    /** Each claim kind's approvers, in order. */
    @GET
    @Path("/approval-chains")
    public Map<ClaimKind, List<ApprovalStep>> chains() {
        return administration.chains();
    }

    @PUT
    @Path("/approval-chains/{kind}")
    public List<ApprovalStep> updateChain(@PathParam("kind") String kind, @Valid @NotNull ChainRequest request) {
        return administration.updateChain(QueryParameters.enumValue("kind", kind, ClaimKind.class),
                new SettingsAdministration.Chain(request.steps()));
    }

    @PUT
    @Path("/labor-rates/{dealer}")
    public SettingsAdministration.LaborRate setLaborRate(@PathParam("dealer") String dealer, @Valid @NotNull LaborRateRequest request) {
        return administration.setLaborRate(dealer, new SettingsAdministration.LaborRate(request.rate()));
    }
}
