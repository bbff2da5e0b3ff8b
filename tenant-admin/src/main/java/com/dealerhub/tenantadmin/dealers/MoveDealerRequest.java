package com.dealerhub.tenantadmin.dealers;

import jakarta.validation.constraints.NotBlank;

public record MoveDealerRequest(@NotBlank String region) {
}
