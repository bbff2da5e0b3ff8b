package com.dealerhub.platform.parts.audits;

public enum FindingAction { RESPOND, RETURN, CLOSE }
