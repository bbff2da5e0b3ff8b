package com.dealerhub.tenantadmin.dealers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewDealerRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,39}", message = "lower-case letters, digits and '-', 3 to 40") String code,
        @NotBlank String region,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String city) {
}
