package com.dealerhub.platform.training.certification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The bodies of certification's steps. */
public final class CertificationRequests {

    private CertificationRequests() {
    }

    /** A dealer admin applies (technician) or registers (service advisor) a person of its roster for a programme level. */
    public record Apply(@NotNull UUID person, @NotBlank @Size(max = 40) String programme, @NotNull @Min(1) @Max(9) Integer level,
                        Boolean renewal, @Size(max = 2000) String note) {
    }

    /** A reason: required to reject, withdraw or fail; optional otherwise. */
    public record Reason(@Size(max = 2000) String reason) {
    }

    /** An invitation names the session the person takes a seat in. */
    public record Invitation(@NotNull UUID session) {
    }

    /** A result: passed or not, with the reason when not. */
    public record Result(@NotNull Boolean passed, @Size(max = 2000) String reason) {
    }

    /** Whether the person attended the session they were invited to. */
    public record Attendance(@NotNull Boolean attended) {
    }
}
