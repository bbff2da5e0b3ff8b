package com.dealerhub.platform.training.lms;

import java.math.BigDecimal;

/** An LMS course of the network. */
public record LmsCourseView(String code, String name, Completion completion, BigDecimal passScore) {
}
