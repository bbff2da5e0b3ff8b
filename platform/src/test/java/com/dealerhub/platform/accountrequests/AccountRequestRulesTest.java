package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.RestrictedCaseTypes;
import com.dealerhub.platform.cases.CaseType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountRequestRulesTest {

    @Test
    void anUnlockStatesTheLockReasonAndTheImprovementPlan() {
        var noReason = new AccountRequestDetails(AccountRequestKind.UNLOCK, TargetSystem.PLATFORM, "u", null, List.of(), " ", "plan");
        var noPlan = new AccountRequestDetails(AccountRequestKind.UNLOCK, TargetSystem.PLATFORM, "u", null, List.of(), "typo", null);

        assertThat(catchThrowableOfType(InvalidField.class, noReason::requireComplete).field()).isEqualTo("lockReason");
        assertThat(catchThrowableOfType(InvalidField.class, noPlan::requireComplete).field()).isEqualTo("improvementPlan");
        assertThatCode(new AccountRequestDetails(AccountRequestKind.UNLOCK, TargetSystem.DMS, "u", null, List.of(),
                "typed the password wrong", "password manager")::requireComplete).doesNotThrowAnyException();
    }

    @Test
    void aNewAccountNeedsAnEmailAndDealerRolesOnly() {
        var noEmail = new AccountRequestDetails(AccountRequestKind.CREATE, TargetSystem.PLATFORM, "u", null, List.of("dealer-claims"), null, null);
        var oemRole = new AccountRequestDetails(AccountRequestKind.CREATE, TargetSystem.PLATFORM, "u", "u@x.example", List.of("oem-claims"), null, null);
        var noRoles = new AccountRequestDetails(AccountRequestKind.CHANGE_PERMISSIONS, TargetSystem.PLATFORM, "u", null, List.of(), null, null);

        assertThat(catchThrowableOfType(InvalidField.class, noEmail::requireComplete).field()).isEqualTo("email");
        assertThat(catchThrowableOfType(InvalidField.class, oemRole::requireComplete).field()).isEqualTo("roles");
        assertThat(catchThrowableOfType(InvalidField.class, noRoles::requireComplete).field()).isEqualTo("roles");
    }

    @Test
    void aSecondRequestWithinTheWindowIsARepeat() {
        RepeatRequestRule twelveMonths = new RepeatRequestRule(12);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(twelveMonths.isRepeat(null, now)).isFalse();
        assertThat(twelveMonths.isRepeat(Instant.parse("2026-01-10T00:00:00Z"), now)).isTrue();
        assertThat(twelveMonths.isRepeat(Instant.parse("2025-11-23T10:00:00Z"), now)).isTrue();
        assertThat(twelveMonths.isRepeat(Instant.parse("2025-11-23T09:59:59Z"), now)).isFalse();
        assertThat(new RepeatRequestRule(3).isRepeat(Instant.parse("2026-01-10T00:00:00Z"), now)).isFalse();
    }

    @Test
    void theCaseTypesHiddenFromSomeRolesAreCaseTypes() {
        assertThat(RestrictedCaseTypes.ACCOUNT_REQUEST).isEqualTo(CaseType.ACCOUNT_REQUEST.name());
    }
}
