package com.dealerhub.tenantadmin.audit;

import jakarta.json.JsonObject;

import java.time.Instant;

public record AuditEntry(long id, Instant at, String actor, String action, String targetType, String targetId,
                         JsonObject before, JsonObject after) {
}
