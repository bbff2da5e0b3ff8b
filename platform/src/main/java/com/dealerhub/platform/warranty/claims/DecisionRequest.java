package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An approver's decision: a reason (required to return, reject or adjust), and for an approval
 * with adjusted amounts, the amounts to pay per labor operation, per part number and for sublet.
 */
public record DecisionRequest(@Size(max = 2000) String note,
                              @Size(max = 50) List<@Valid @NotNull LineAmount> labor,
                              @Size(max = 50) List<@Valid @NotNull LineAmount> parts,
                              @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal sublet) {

    /** @param line the labor operation code or the part number */
    public record LineAmount(@NotBlank @Size(max = 40) String line,
                             @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    ClaimLines.Adjustment adjustment() {
        return new ClaimLines.Adjustment(byLine("labor", labor), byLine("parts", parts), sublet);
    }

    private static Map<String, BigDecimal> byLine(String field, List<LineAmount> amounts) {
        Map<String, BigDecimal> byLine = new HashMap<>();
        if (amounts != null) {
            for (LineAmount amount : amounts) {
                if (byLine.put(amount.line(), amount.amount()) != null) {
                    throw new InvalidField(field, ProblemCode.ADJUSTED_TWICE.with("line", amount.line()));
                }
            }
        }
        return byLine;
    }
}
