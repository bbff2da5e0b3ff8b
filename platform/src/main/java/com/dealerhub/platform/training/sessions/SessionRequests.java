package com.dealerhub.platform.training.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of the session endpoints. */
public final class SessionRequests {

    static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

    private SessionRequests() {
    }

    /** The training department schedules a session; an optional notice announces it. */
    public record Create(@NotNull SessionKind kind,
                         @NotBlank @Size(max = 200) String title,
                         @Pattern(regexp = CODE) String courseCode,
                         @Pattern(regexp = CODE) String programme,
                         @Min(1) @Max(9) Integer level,
                         @NotNull Instant startsAt,
                         @NotBlank @Size(max = 200) String place,
                         @NotNull @Min(1) @Max(1000) Integer seats,
                         UUID notice) {
    }

    /** A dealer enrols a person of its roster. */
    public record Enrolment(@NotNull UUID person) {
    }

    /** Who attended, per seat. */
    public record Attendance(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Seat> seats) {

        public record Seat(@NotNull UUID person, @NotNull Boolean attended) {
        }
    }
}
