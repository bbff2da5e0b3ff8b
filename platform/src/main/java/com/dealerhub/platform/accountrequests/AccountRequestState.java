package com.dealerhub.platform.accountrequests;

public enum AccountRequestState {
    DRAFT, SUBMITTED, CONFIRMED, BATCHED, DONE, RETURNED, REJECTED
}
