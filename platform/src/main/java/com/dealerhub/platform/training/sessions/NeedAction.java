package com.dealerhub.platform.training.sessions;

public enum NeedAction { ANSWER, DECLINE, WITHDRAW }
