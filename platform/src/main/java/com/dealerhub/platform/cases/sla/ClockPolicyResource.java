package com.dealerhub.platform.cases.sla;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.List;

/** The network's SLA clock policies per case type, variant and clock: read by OEM staff, kept by head office. */
@ApplicationScoped
@Path("/clock-policies")
@Produces(MediaType.APPLICATION_JSON)
public class ClockPolicyResource {

    private static final String DUTY = "[A-Z][A-Z_]{1,39}";
    private static final String NAME = "[A-Z][A-Z_]{1,39}";

    /** Durations in seconds: from one second (tests shorten clocks) to a year. */
    public record PolicyRequest(@NotNull @Min(1) @Max(31_536_000) Long durationSeconds,
                                @NotNull ClockPolicy.Timing timing,
                                @NotNull @Min(0) @Max(31_536_000) Long warnBeforeSeconds,
                                @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = DUTY) String> notifyOnWarning,
                                @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = DUTY) String> notifyOnBreach) {
    }

    /** A policy as the API shows it, durations in seconds. */
    public record PolicyView(String caseType, String variant, String clock, long durationSeconds, ClockPolicy.Timing timing,
                             long warnBeforeSeconds, List<String> notifyOnWarning, List<String> notifyOnBreach) {
        static PolicyView of(StoredClockPolicy p) {
            return new PolicyView(p.caseType(), p.variant(), p.clock(), p.policy().duration().toSeconds(), p.policy().timing(),
                    p.policy().warnBefore().toSeconds(), p.notifyOnWarning(), p.notifyOnBreach());
        }
    }

    @Inject
    ClockPolicyAdministration administration;

    @GET
    public List<PolicyView> list(@QueryParam("type") String type) {
        return administration.list(QueryParameters.code("type", type)).stream().map(PolicyView::of).toList();
    }

    @PUT
    @Path("/{type}/{variant}/{clock}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyView change(@PathParam("type") @Pattern(regexp = NAME) String type,
                             @PathParam("variant") @Pattern(regexp = NAME) String variant,
                             @PathParam("clock") @Pattern(regexp = NAME) String clock,
                             @Valid @NotNull PolicyRequest request) {
        return PolicyView.of(administration.change(type, variant, clock, new ClockPolicyAdministration.Change(
                Duration.ofSeconds(request.durationSeconds()), request.timing(), Duration.ofSeconds(request.warnBeforeSeconds()),
                request.notifyOnWarning(), request.notifyOnBreach())));
    }
}
