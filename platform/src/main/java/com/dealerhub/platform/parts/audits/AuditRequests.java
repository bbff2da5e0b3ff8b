package com.dealerhub.platform.parts.audits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the parts targets and audits endpoints. */
public final class AuditRequests {

    private AuditRequests() {
    }

    /** A dealer's parts targets: the fill rate in percent and the days of supply it should hold. */
    public record Target(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal fillRatePercent,
                         @NotNull @Min(1) @Max(365) Integer daysOfSupply) {
    }

    /**
     * An audit of a dealer: when, by whom (the OEM's own staff, named, or a third party, named) and its findings.
     * The auditor defaults to the caller for the OEM's own staff.
     */
    public record Audit(@NotBlank @Size(max = 40) String dealer,
                        @NotNull LocalDate auditedOn,
                        @NotNull AuditorKind auditorKind,
                        @Size(max = 200) String auditor,
                        @Size(max = 4000) String summary,
                        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> findings) {
    }

    /** The dealer's response, the parts department's reason to return it, or its closing note. */
    public record Note(@Size(max = 4000) String text) {
    }

    public enum AuditorKind { OWN_STAFF, THIRD_PARTY }
}
