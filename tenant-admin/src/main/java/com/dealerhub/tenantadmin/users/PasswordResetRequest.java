package com.dealerhub.tenantadmin.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(@NotBlank @Size(min = 10, max = 128) String password, Boolean temporary) {
}
