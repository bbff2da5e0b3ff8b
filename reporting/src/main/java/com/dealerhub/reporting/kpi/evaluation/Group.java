package com.dealerhub.reporting.kpi.evaluation;

/** One row's subject: a dealer, a region, the network, or a reason, with its name when it has one. */
public record Group(String code, String name) {
}
