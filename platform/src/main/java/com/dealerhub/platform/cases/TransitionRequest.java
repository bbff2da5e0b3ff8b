package com.dealerhub.platform.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TransitionRequest(@NotNull CaseAction action, @Size(max = 2000) String note) {
}
