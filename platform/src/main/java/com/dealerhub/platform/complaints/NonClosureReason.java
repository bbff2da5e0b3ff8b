package com.dealerhub.platform.complaints;

/**
 * What the seeds say is NOT a closure (DOMAIN section 3): a complaint in one of these conditions
 * may only be reported as delayed, with progress, never closed.
 */
public enum NonClosureReason {
    CALMED_NOT_REPAIRED, WILL_COME_WHEN_FREE, CALMED_STILL_UNSATISFIED, WAITING_FOR_PARTS, CUSTOMER_TRAVELLING,
    PARTS_ORDERED_FROM_OEM, PART_OUT_OF_STOCK, OTHER
}
