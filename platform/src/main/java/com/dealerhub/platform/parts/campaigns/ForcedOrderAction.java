package com.dealerhub.platform.parts.campaigns;

public enum ForcedOrderAction { RECEIVE }
