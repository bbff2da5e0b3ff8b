package com.dealerhub.platform.parts.orders;

/**
 * The steps of a parts order. Allocation runs take ALLOCATE (some lines still on backorder) or
 * COMPLETE_ALLOCATION; SHIP_PART ships what a partly allocated order holds; CANCEL_LINES cancels some
 * backorders, CANCEL_BACKORDER the last of them, CANCEL the whole order while nothing is allocated.
 */
public enum OrderAction { ALLOCATE, COMPLETE_ALLOCATION, CANCEL_LINES, CANCEL_BACKORDER, CANCEL, SHIP_PART, SHIP, RECEIVE }
