package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseWorkflowTest {

    private static final Caller DEALER = new Caller("d", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());
    private static final Caller OPERATOR = new Caller("p", Set.of("platform-admin"), null, null, CallerScope.PLATFORM, Set.of());

    @ParameterizedTest
    @CsvSource({
            "OPEN, START, IN_PROGRESS",
            "OPEN, RESOLVE, RESOLVED",
            "IN_PROGRESS, RESOLVE, RESOLVED"})
    void theDealerWorksTheCase(CaseState from, CaseAction action, CaseState to) {
        assertThat(CaseWorkflow.next(from, action, DEALER)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "RESOLVED, CLOSE, CLOSED",
            "RESOLVED, REOPEN, IN_PROGRESS",
            "OPEN, START, IN_PROGRESS"})
    void theOemClosesOrReopens(CaseState from, CaseAction action, CaseState to) {
        assertThat(CaseWorkflow.next(from, action, FMC)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"RESOLVED, CLOSE", "RESOLVED, REOPEN"})
    void theDealerCannotCloseOrReopen(CaseState from, CaseAction action) {
        assertThatThrownBy(() -> CaseWorkflow.next(from, action, DEALER)).isInstanceOf(Forbidden.class);
    }

    @ParameterizedTest
    @CsvSource({
            "CLOSED, START", "CLOSED, RESOLVE", "CLOSED, CLOSE", "CLOSED, REOPEN",
            "OPEN, CLOSE", "IN_PROGRESS, START", "RESOLVED, RESOLVE"})
    void transitionsFromTheWrongStateAreConflicts(CaseState from, CaseAction action) {
        assertThatThrownBy(() -> CaseWorkflow.next(from, action, FMC)).isInstanceOf(Conflict.class);
    }

    @Test
    void analystsAndThePlatformOperatorChangeNothing() {
        assertThatThrownBy(() -> CaseWorkflow.next(CaseState.OPEN, CaseAction.START, ANALYST)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(ANALYST)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(OPERATOR)).isInstanceOf(Forbidden.class);
    }

    @Test
    void anAnalystStaysReadOnlyWhateverDefaultRolesTheTokenCarries() {
        Caller analyst = new Caller("a2", Set.of("oem-analyst", "default-roles-dealerhub", "offline_access", "uma_authorization"),
                "aurora", null, CallerScope.NETWORK, Set.of());

        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(analyst)).isInstanceOf(Forbidden.class);
    }

    @Test
    void anAnalystWhoAlsoHasAWorkingRoleMayChangeCases() {
        Caller both = new Caller("b", Set.of("oem-analyst", "oem-claims"), "aurora", null, CallerScope.NETWORK, Set.of());

        assertThat(CaseWorkflow.next(CaseState.RESOLVED, CaseAction.CLOSE, both)).isEqualTo(CaseState.CLOSED);
    }
}
