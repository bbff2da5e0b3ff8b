package com.dealerhub.platform.accountrequests;

/** The OEM systems dealers hold accounts in; only PLATFORM accounts are processed here directly. */
public enum TargetSystem {
    PLATFORM, DMS, SERVICE_CASE, TECHNICAL_INFORMATION
}
