package com.dealerhub.platform.servicefeed;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a dealer's DMS sends: 1 to 1000 events, each judged on its own. */
public record FeedBatch(
        @NotNull @Size(min = 1, max = 1000)
        @Schema(type = SchemaType.ARRAY, implementation = JsonObject.class,
                description = "each event: key, kind, number, occurredAt and the fields of its kind")
        List<@NotNull JsonObject> events) {
}
