package com.dealerhub.platform.accountrequests;

public enum AccountRequestAction {
    SUBMIT, CONFIRM, BATCH, PROCESS, RETURN, REJECT
}
