package com.dealerhub.platform.training.lms;

import com.dealerhub.common.problem.Problem;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What became of each record of a batch, in the order sent: stored, already stored with the same
 * content (a resend), or refused with the problem naming the field (400 for a wrong value, 409 for
 * a record id already stored with other content).
 */
public record LmsBatchResult(int created, int unchanged, int refused, List<Item> records) {

    public enum Outcome { CREATED, UNCHANGED, REFUSED }

    public record Item(String recordId, Outcome outcome, @Schema(ref = "Problem") JsonObject problem) {

        static Item stored(String recordId, Outcome outcome) {
            return new Item(recordId, outcome, null);
        }

        /** A refused record, with the problem body a single request would have answered. */
        static Item refused(String recordId, Problem problem) {
            return new Item(recordId, Outcome.REFUSED, problem.toJsonObject());
        }
    }
}
