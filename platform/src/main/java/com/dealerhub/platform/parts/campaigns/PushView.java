package com.dealerhub.platform.parts.campaigns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A forced allocation of a campaign, previewed or committed: per dealer, the vehicles not yet repaired
 * that this push serves, the lines and their value; once committed, the order each dealer got.
 * {@code vehiclesWithoutDealer} are unrepaired vehicles whose import named no dealer: they get nothing.
 */
public record PushView(String campaign, String title, boolean committed, long unrepairedVehicles, long vehiclesWithoutDealer,
                       List<DealerPush> dealers, int quantity, BigDecimal value) {

    public record DealerPush(String dealer, String dealerName, int vehicles, List<PushPlan.Line> lines, BigDecimal value,
                             UUID order, String orderNumber) {
    }
}
