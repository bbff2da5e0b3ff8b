package com.dealerhub.platform.threeguarantees;

import java.util.List;

/** A vehicle's warning level with its reasons, as a repair order's sender (the service feed) is answered. */
public record Warning(String vin, WarningLevel level, List<Reason> reasons, boolean loanerDue, int repairDays) {
}
