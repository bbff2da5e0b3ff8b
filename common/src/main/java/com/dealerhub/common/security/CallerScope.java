package com.dealerhub.common.security;

/** How far a caller's reach extends inside its OEM network. */
public enum CallerScope {
    /** A dealer's own staff: that dealer only. */
    DEALER,
    /** An OEM regional user (FMC, TAC, regional VP): the dealers of its regions. */
    REGIONS,
    /** An OEM head-office user: every dealer of the network. */
    NETWORK,
    /** The platform operator: no network data, only platform administration. */
    PLATFORM,
    /**
     * Background work of the platform itself (outbox relay, reindex). Never a request: the
     * database refuses it to the application role and grants it only to the worker role.
     */
    SYSTEM
}
