package com.dealerhub.tenantadmin.networks;

import com.dealerhub.tenantadmin.dealers.NewRegionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record NewNetworkRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,29}", message = "lower-case letters, digits and '-', 2 to 30") String code,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@Valid NewRegionRequest> regions) {
}
