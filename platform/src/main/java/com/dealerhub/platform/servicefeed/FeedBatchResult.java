package com.dealerhub.platform.servicefeed;

import com.dealerhub.platform.servicefeed.events.EventError;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What became of each event of a batch, in the order sent, with the counts. */
public record FeedBatchResult(int accepted, int unchanged, int refused, List<Item> results) {

    @Schema(name = "FeedBatchStatus")
    public enum Status { ACCEPTED, UNCHANGED, REFUSED }

    /**
     * @param threeGuarantees for a repair order, the three-guarantees standing of its VIN (absent for a VIN the network knows nothing of)
     */
    @Schema(name = "FeedBatchItem")
    public record Item(String key, Status status, String kind, String number, List<EventError> errors,
                       JsonObject threeGuarantees) {
    }

    static FeedBatchResult of(List<Item> results) {
        return new FeedBatchResult(count(results, Status.ACCEPTED), count(results, Status.UNCHANGED),
                count(results, Status.REFUSED), results);
    }

    private static int count(List<Item> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
