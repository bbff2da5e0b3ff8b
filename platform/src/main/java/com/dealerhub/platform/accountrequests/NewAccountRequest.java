package com.dealerhub.platform.accountrequests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record NewAccountRequest(
        @NotNull AccountRequestKind kind,
        @NotNull TargetSystem system,
        @NotBlank @Size(max = 100) String username,
        @Size(max = 200) String email,
        List<@NotBlank String> roles,
        @Size(max = 2000) String lockReason,
        @Size(max = 4000) String improvementPlan,
        @Size(max = 4000) String description) {
}
