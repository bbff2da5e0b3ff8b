package com.dealerhub.platform.parts.missing;

public enum MissingPartAction { CONFIRM, DECLINE, RECEIVE, WITHDRAW }
