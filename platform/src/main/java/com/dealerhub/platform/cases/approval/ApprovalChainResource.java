package com.dealerhub.platform.cases.approval;

import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.platform.cases.CaseType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A network's approval chain per case type and variant ({@code DEFAULT} for a type whose chain does not vary). */
@ApplicationScoped
@Path("/approval-chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalChainResource {

    public record ChainRequest(@NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> steps) {
    }

    @Inject
    ApprovalChainAdministration administration;

    @GET
    @Path("/{type}/{variant}")
    public ApprovalChainAdministration.Chain get(@PathParam("type") String type, @PathParam("variant") String variant) {
        return administration.get(caseType(type), variant);
    }

    @PUT
    @Path("/{type}/{variant}")
    public ApprovalChainAdministration.Chain update(@PathParam("type") String type, @PathParam("variant") String variant,
                                                    @Valid @NotNull ChainRequest request) {
        return administration.update(caseType(type), variant, request.steps());
    }

    private static CaseType caseType(String type) {
        return QueryParameters.enumValue("type", type, CaseType.class);
    }
}
