package com.dealerhub.platform.parts.deposit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One entry of a deposit ledger, with the order (case id and number) it belongs to, if any. */
public record EntryView(long id, String dealer, EntryKind kind, BigDecimal amount, String reference, UUID order,
                        String orderNumber, String recordedBy, Instant recordedAt) {
}
