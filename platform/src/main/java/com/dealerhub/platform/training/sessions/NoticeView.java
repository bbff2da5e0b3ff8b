package com.dealerhub.platform.training.sessions;

import java.time.Instant;
import java.util.UUID;

/** A published notice, and whether the caller has opened it. */
public record NoticeView(UUID id, NoticeKind kind, String title, String body, String programme, Integer level,
                         String publishedBy, Instant publishedAt, boolean read) {
}
