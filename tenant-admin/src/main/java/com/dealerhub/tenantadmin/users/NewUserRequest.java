package com.dealerhub.tenantadmin.users;

import com.dealerhub.common.keycloak.UserProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A new account of the dealer. Names and e-mail address are checked as the realm's user profile
 * checks them ({@link UserProfile}), so Keycloak is not asked for what it would refuse.
 *
 * @param temporaryPassword whether the user must choose a new password at first login (default true)
 */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "lower-case letters, digits, '.', '_' and '-', 3 to 64") String username,
        @NotBlank @Email @Pattern(regexp = UserProfile.EMAIL_DOMAIN, message = UserProfile.EMAIL_DOMAIN_MESSAGE) @Size(max = 200) String email,
        @NotBlank @Pattern(regexp = UserProfile.PERSON_NAME, message = UserProfile.PERSON_NAME_MESSAGE) @Size(max = 100) String firstName,
        @NotBlank @Pattern(regexp = UserProfile.PERSON_NAME, message = UserProfile.PERSON_NAME_MESSAGE) @Size(max = 100) String lastName,
        @NotEmpty List<String> roles,
        @NotBlank @Size(min = 10, max = 128) String initialPassword,
        Boolean temporaryPassword) {
}
