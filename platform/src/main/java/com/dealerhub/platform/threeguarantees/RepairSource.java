package com.dealerhub.platform.threeguarantees;

/** Where the ledger learnt of a repair: a submitted warranty claim, or a dealer's repair order from the service feed. */
public enum RepairSource {
    CLAIM, REPAIR_ORDER
}
