package com.dealerhub.platform.servicefeed;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a dealer's DMS sends: 1 to 1000 events, each judged on its own. */
public record FeedBatch(@NotNull @Size(min = 1, max = 1000) List<@NotNull JsonObject> events) {
}
