package com.dealerhub.tenantadmin.dealers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewRegionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "lower-case letters, digits and '-', 2 to 40") String code,
        @NotBlank @Size(max = 200) String name) {
}
