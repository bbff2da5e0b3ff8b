package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.common.problem.DomainException;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.training.certificates.Technicians;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import com.dealerhub.common.export.CsvWriter;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.export.Exports;
import com.dealerhub.common.export.XlsxWriter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("/warranty-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarrantyClaimResource {

    @Inject
    WarrantyClaims claims;

    /**
     * Drafts a claim (dealer claims clerk or admin); attach evidence to its case, then submit.
     * A repeated idempotency key answers 200 with the claim created the first time.
     */
    @POST
    @APIResponse(responseCode = "200", description = "The claim drafted first under the same idempotency key (a retry)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "201", description = "The claim, drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response draft(@Valid @NotNull ClaimRequest request) {
        WarrantyClaims.Received received = claims.draft(request);
        return Response.status(received.alreadyReceived() ? Response.Status.OK : Response.Status.CREATED)
                .entity(received.claim()).build();
    }

    /**
     * A dealer system's batch: each claim is drafted and submitted in its own transaction, so
     * one refused claim does not hold back the others; sending a batch again creates nothing twice.
     */
    @POST
    @Path("/batches")
    @Tag(name = "dms", description = "What a dealer's DMS sends: warranty claim batches and the service-process feed")
    @Operation(operationId = "submitClaimBatch", summary = "Submit a batch of warranty claims from the dealer's DMS")
    @APIResponse(responseCode = "200", description = "What became of each claim, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimBatchResult.class)))
    public ClaimBatchResult submitBatch(@Valid @NotNull ClaimBatch batch) {
        for (int i = 0; i < batch.claims().size(); i++) {
            if (batch.claims().get(i).idempotencyKey() == null) {
                throw new InvalidField("claims[" + i + "].idempotencyKey", "every claim of a batch carries its idempotency key");
            }
        }
        List<ClaimBatchResult.Item> results = new ArrayList<>();
        for (ClaimRequest request : batch.claims()) {
            results.add(submitOne(request));
        }
        return new ClaimBatchResult(results);
    }

    private ClaimBatchResult.Item submitOne(ClaimRequest request) {
        String key = request.idempotencyKey();
        try {
            WarrantyClaims.Received received = claims.submitNew(request);
            ClaimView claim = received.claim();
            return new ClaimBatchResult.Item(key, received.alreadyReceived() ? ClaimBatchResult.Status.ALREADY_RECEIVED
                    : ClaimBatchResult.Status.CREATED, claim.claim().id(), claim.claim().number(), claim.claim().state(), null);
        } catch (DomainException refused) {
            return ClaimBatchResult.Item.refused(key, refused.problem());
        } catch (RuntimeException failed) {
            // The same key sent twice at once: the second insert loses on the unique key; the first claim stands.
            try {
                ClaimView first = claims.findEarlier(request).orElseThrow(() -> failed);
                return new ClaimBatchResult.Item(key, ClaimBatchResult.Status.ALREADY_RECEIVED, first.claim().id(),
                        first.claim().number(), first.claim().state(), null);
            } catch (DomainException refused) {
                return ClaimBatchResult.Item.refused(key, refused.problem());
            }
        }
    }

    private static final ClaimSort NEWEST_CHANGE_FIRST = new ClaimSort(ClaimSort.Field.UPDATED_AT, false);
    private static final ClaimSort LONGEST_WAITING_FIRST = new ClaimSort(ClaimSort.Field.UPDATED_AT, true);

    /**
     * Claims within the caller's reach, most recently changed first unless {@code sort} says otherwise
     * ({@code updatedAt|submittedAt|number|claimedAmount,asc|desc}); filter by state, dealer, kind, VIN.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "a page of claims; with format=csv|xlsx every matching claim as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)))
    public Response list(@QueryParam("state") String state, @QueryParam("dealer") String dealer,
                         @QueryParam("kind") String kind, @QueryParam("vin") String vin, @QueryParam("sort") String sort,
                         @BeanParam ClaimFilterParameters narrowing,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                         @BeanParam ExportRequest export) {
        ClaimState typedState = QueryParameters.enumValue("state", state, ClaimState.class);
        ClaimFilter filter = narrowing.filter(dealer, kind, vin);
        ClaimSort order = ClaimSort.parse(sort, NEWEST_CHANGE_FIRST);
        if (export.wanted()) {
            export.requireFormat();
            long total = claims.list(typedState, filter, order, 0, 1).total();
            Exports.requireWithinLimit(total, "state");
            return export.answer(ClaimTable.of(claims.list(typedState, filter, order, 0, (int) Math.max(1, total)).items()));
        }
        return Response.ok(claims.list(typedState, filter, order, page, size)).build();
    }

    /** The technicians on the caller's roster now, whom a claim may name, with their valid certificates. */
    @GET
    @Path("/technicians")
    public List<Technicians.OnRoster> technicians() {
        return claims.technicians();
    }

    /**
     * What waits for the caller (FMC, TAC, claims or quality department), longest waiting first; filter by dealer, region,
     * kind, VIN, number and claimed amount. The page carries the claimed total of every claim the filters select.
     */
    @GET
    @Path("/queue")
    public ClaimPage queue(@QueryParam("dealer") String dealer, @QueryParam("kind") String kind, @QueryParam("vin") String vin,
                           @QueryParam("sort") String sort, @BeanParam ClaimFilterParameters narrowing,
                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return claims.queue(narrowing.filter(dealer, kind, vin), ClaimSort.parse(sort, LONGEST_WAITING_FIRST), page, size);
    }

    @GET
    @Path("/{id}")
    public ClaimView get(@PathParam("id") UUID id) {
        return claims.get(id);
    }

    /** The dealer corrects a draft or returned claim. */
    @PUT
    @Path("/{id}")
    public ClaimView correct(@PathParam("id") UUID id, @Valid @NotNull ClaimRequest request) {
        return claims.correct(id, request);
    }

    @POST
    @Path("/{id}/submit")
    public ClaimView submit(@PathParam("id") UUID id) {
        return claims.submit(id);
    }

    @POST
    @Path("/{id}/approve")
    public ClaimView approve(@PathParam("id") UUID id, @Valid DecisionRequest decision) {
        return claims.decide(id, ClaimWorkflow.Action.APPROVE, decision);
    }

    @POST
    @Path("/{id}/return")
    public ClaimView returnForCorrection(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return claims.decide(id, ClaimWorkflow.Action.RETURN, decision);
    }

    @POST
    @Path("/{id}/reject")
    public ClaimView reject(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return claims.decide(id, ClaimWorkflow.Action.REJECT, decision);
    }

    @POST
    @Path("/{id}/settle")
    public ClaimView settle(@PathParam("id") UUID id) {
        return claims.settle(id);
    }
}
