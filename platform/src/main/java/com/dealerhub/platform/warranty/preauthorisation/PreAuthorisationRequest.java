package com.dealerhub.platform.warranty.preauthorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the dealer asks the TAC to authorise: a part of one vehicle, and why. */
public record PreAuthorisationRequest(@NotBlank @Size(max = 25) String vin,
                                      @NotBlank @Size(max = 40) String part,
                                      @NotBlank @Size(max = 4000) String description) {
}
