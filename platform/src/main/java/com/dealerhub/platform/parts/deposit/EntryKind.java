package com.dealerhub.platform.parts.deposit;

/**
 * A deposit ledger entry: PAYMENT (deposit paid in), RELEASE (deposit paid back), INVOICE (parts
 * shipped, to be paid), INVOICE_PAID (an invoice settled).
 */
public enum EntryKind { PAYMENT, RELEASE, INVOICE, INVOICE_PAID }
