package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ClaimKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of claims: the items, how many there are in all and what they claim together. */
public record ClaimPage(List<Item> items, long total, int page, int size, BigDecimal claimedTotal) {

    static ClaimPage empty(int page, int size) {
        return new ClaimPage(List.of(), 0, page, size, BigDecimal.ZERO);
    }

    /** @param waitingSeconds how long the claim has been in its present state */
    public record Item(UUID id, String number, ClaimKind kind, String state, String dealer, String vin, String model,
                       BigDecimal claimedAmount, BigDecimal approvedAmount, Instant submittedAt, Instant updatedAt,
                       long waitingSeconds) {

        static Item of(WarrantyClaim w, Instant now) {
            var c = w.serviceCase();
            var repair = w.repair();
            return new Item(w.id(), c.number(), w.kind(), c.state(), w.dealerCode(), repair.vin(), repair.model(),
                    w.claimedAmount(), w.approvedAmount(), w.submittedAt(), c.updatedAt(),
                    WarrantyClaims.age(w, now).toSeconds());
        }
    }
}
