package com.dealerhub.platform.training.roster;

/** The jobs a dealer's roster knows. */
public enum RosterRole {
    STATION_MANAGER, SERVICE_MANAGER, SERVICE_ADVISOR, TECHNICIAN, CLAIMS_CLERK, PARTS_CLERK
}
