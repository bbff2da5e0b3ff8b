package com.dealerhub.platform.cases.sla;

import java.util.List;

/**
 * A network's policy for one clock of a case type and variant, as head office keeps it: the clock's
 * arithmetic, and who hears of its warning and its breach (duties, e.g. STATION_MANAGER).
 */
public record StoredClockPolicy(String caseType, String variant, String clock, ClockPolicy policy,
                                List<String> notifyOnWarning, List<String> notifyOnBreach) {
}
