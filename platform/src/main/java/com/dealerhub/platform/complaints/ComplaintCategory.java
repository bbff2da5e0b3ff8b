package com.dealerhub.platform.complaints;

public enum ComplaintCategory { PRODUCT_QUALITY, SERVICE_QUALITY, PARTS_SUPPLY }
