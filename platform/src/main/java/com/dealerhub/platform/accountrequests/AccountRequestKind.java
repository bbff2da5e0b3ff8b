package com.dealerhub.platform.accountrequests;

public enum AccountRequestKind {
    UNLOCK, CREATE, CHANGE_PERMISSIONS
}
