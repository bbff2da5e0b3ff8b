package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.Problem;
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
    public record Item(String idempotencyKey, Status status, UUID id, String number, String state, Problem problem) {
    }
}
