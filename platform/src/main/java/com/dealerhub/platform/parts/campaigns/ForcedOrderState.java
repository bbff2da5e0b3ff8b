package com.dealerhub.platform.parts.campaigns;

/**
 * Where a forced order stands, named after the order line's columns: a push allocates and ships at once
 * (allocated = shipped = quantity), so the order starts SHIPPED; the dealer confirms it RECEIVED.
 */
public enum ForcedOrderState { SHIPPED, RECEIVED }
