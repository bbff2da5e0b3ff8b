package com.dealerhub.platform.goodwill;

/** Where a goodwill claim stands: the FMC set its conditions, the dealer submitted, the FMC confirmed, CAC paid. */
public enum GoodwillState { CONDITIONS_SET, SUBMITTED, CONFIRMED, PAID, REJECTED }
