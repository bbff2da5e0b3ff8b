package com.dealerhub.platform.training.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the training need endpoints. */
public final class NeedRequests {

    private NeedRequests() {
    }

    /** What a dealer needs: the subject and details, how many people in which roster roles, the preferred month (YYYY-MM). */
    public record Submit(@NotBlank @Size(max = 200) String subject,
                         @Size(max = 4000) String description,
                         @NotNull @Min(1) @Max(500) Integer people,
                         @Size(max = 6) List<@NotNull RosterRole> roles,
                         @Pattern(regexp = "^(19|20|21)\\d{2}-(0[1-9]|1[0-2])$") String preferredMonth) {
    }

    /** The training department answers with the notice it publishes. */
    public record Answer(@NotNull @Valid NoticeRequest notice) {
    }

    /** Why the training department declines; why the dealer withdraws (optional). */
    public record Reason(@Size(max = 2000) String reason) {
    }

    /** The roles of a dealer's roster. */
    public enum RosterRole { STATION_MANAGER, SERVICE_MANAGER, SERVICE_ADVISOR, TECHNICIAN, CLAIMS_CLERK, PARTS_CLERK }
}
