package com.dealerhub.platform.complaints;

/** How the complaint reached the OEM. */
public enum ComplaintSource { HOTLINE, WEBSITE, LETTER, EMAIL, MEDIA, GOVERNMENT, OEM_CALLBACK }
