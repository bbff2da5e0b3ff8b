package com.dealerhub.platform.goodwill;

public enum GoodwillAction { SUBMIT, CONFIRM, RETURN, REJECT, PAY }
