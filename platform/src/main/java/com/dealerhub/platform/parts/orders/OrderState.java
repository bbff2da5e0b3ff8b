package com.dealerhub.platform.parts.orders;

/** Where a parts order stands: placed, partly or fully allocated, shipped, received; or cancelled before any allocation. */
public enum OrderState { PLACED, PARTLY_ALLOCATED, ALLOCATED, SHIPPED, RECEIVED, CANCELLED }
