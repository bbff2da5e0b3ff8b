package com.dealerhub.tenantadmin.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * @param temporaryPassword whether the user must choose a new password at first login (default true)
 */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "lower-case letters, digits, '.', '_' and '-', 3 to 64") String username,
        @NotBlank @Email @Size(max = 200) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotEmpty List<String> roles,
        @NotBlank @Size(min = 10, max = 128) String initialPassword,
        Boolean temporaryPassword) {
}
