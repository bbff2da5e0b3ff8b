package com.dealerhub.platform.training.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A notice the training department publishes, optionally about a programme level (a level needs its programme). */
public record NoticeRequest(@NotNull NoticeKind kind,
                            @NotBlank @Size(max = 200) String title,
                            @NotBlank @Size(max = 10000) String body,
                            @Pattern(regexp = SessionRequests.CODE) String programme,
                            @Min(1) @Max(9) Integer level) {
}
