package com.dealerhub.platform.notifications;

/** A duty someone holds for a dealer, a region or the whole network, and so hears of its cases. */
public enum Duty {
    STATION_MANAGER, DEALER_GM, REGIONAL_SERVICE_MANAGER, REGIONAL_VP, TAC, CAC
}
