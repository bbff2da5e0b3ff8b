package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.Problem;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What became of each claim of a batch, in the order sent: created (and submitted), already
 * received under the same idempotency key, or refused with the problem naming the field.
 */
public record ClaimBatchResult(List<Item> results) {

    @Schema(name = "ClaimBatchStatus")
    public enum Status { CREATED, ALREADY_RECEIVED, REFUSED }

    @Schema(name = "ClaimBatchItem")
    public record Item(String idempotencyKey, Status status, UUID id, String number, String state,
                       @Schema(ref = "Problem") JsonObject problem) {

        /** A refused claim, with the problem body a single request would have answered. */
        static Item refused(String idempotencyKey, Problem problem) {
            return new Item(idempotencyKey, Status.REFUSED, null, null, null, problem.toJsonObject());
        }
    }
}
