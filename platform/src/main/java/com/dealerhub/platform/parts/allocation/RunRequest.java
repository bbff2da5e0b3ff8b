package com.dealerhub.platform.parts.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The warehouse whose free stock a run shares among the open lines of the parts it holds. */
public record RunRequest(@NotNull @Pattern(regexp = "^[A-Z0-9-]{2,20}$") String warehouse) {
}
