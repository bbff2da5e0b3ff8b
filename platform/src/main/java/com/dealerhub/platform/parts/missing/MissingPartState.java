package com.dealerhub.platform.parts.missing;

/**
 * Where a missing-part request stands: the dealer asked (REQUESTED); the parts department confirmed it with a
 * delivery date (CONFIRMED) or declined it; the dealer received the part (RECEIVED) or withdrew the request.
 */
public enum MissingPartState { REQUESTED, CONFIRMED, DECLINED, RECEIVED, WITHDRAWN }
