package com.dealerhub.platform.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param dealer the dealer the case is for: dealer staff leave it out (it is their own dealer);
 *               OEM staff name a dealer within their reach
 */
public record OpenCaseRequest(
        @NotNull CaseType type,
        @Size(max = 64) String dealer,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 8000) String description) {
}
