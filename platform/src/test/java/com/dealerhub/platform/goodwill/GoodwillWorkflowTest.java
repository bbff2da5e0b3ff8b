package com.dealerhub.platform.goodwill;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.Evidence;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.goodwill.GoodwillAction.*;
import static com.dealerhub.platform.goodwill.GoodwillState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every action of the goodwill table, allowed and refused, per role and state; the evidence; the conditions' arithmetic. */
class GoodwillWorkflowTest {

    static final Caller CLAIMS_CLERK = new Caller("c", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller ADVISOR = new Caller("sa", Set.of("dealer-advisor"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    static final Caller CAC = new Caller("cac", Set.of("oem-cac"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());

    /** Everything on file, attached by the dealer's claims clerk. */
    static final Evidence.OnFile ALL_ON_FILE = (kind, by) -> by.contains("dealer-claims");

    static Stream<Arguments> everyCallerStateAndAction() {
        Map<Caller, Map<GoodwillState, Map<GoodwillAction, GoodwillState>>> expected = Map.of(
                CLAIMS_CLERK, Map.of(CONDITIONS_SET, Map.of(SUBMIT, SUBMITTED)),
                FMC, Map.of(CONDITIONS_SET, Map.of(REJECT, REJECTED),
                        SUBMITTED, Map.of(CONFIRM, CONFIRMED, RETURN, CONDITIONS_SET, REJECT, REJECTED)),
                CAC, Map.of(CONFIRMED, Map.of(PAY, PAID)),
                ADVISOR, Map.of(), ANALYST, Map.of());
        return EveryMove.withTargets(GoodwillState.class, GoodwillAction.class, expected);
    }

    @ParameterizedTest(name = "{0} {3} from {2} -> {4}")
    @MethodSource("everyCallerStateAndAction")
    void allowsExactlyTheDeclaredSteps(String who, Caller caller, GoodwillState state, GoodwillAction action, GoodwillState expected) {
        EveryMove.checkTarget(GoodwillWorkflow.TABLE, caller, state, action, expected, new Workflow.Inputs("a reason", ALL_ON_FILE));
    }

    @Test
    void submittingNeedsTheAgreementAndTheInvoiceAttachedByTheDealersStaff() {
        Evidence.OnFile onlyAgreement = (kind, by) -> kind.equals(GoodwillWorkflow.AGREEMENT) && by.contains("dealer-claims");
        InvalidField missing = assertThrows(InvalidField.class, () -> GoodwillWorkflow.TABLE.decide(CONDITIONS_SET, SUBMIT,
                CLAIMS_CLERK, new Workflow.Inputs(null, onlyAgreement)));
        assertEquals("attachments", missing.problem().errors().getFirst().field());
        assertTrue(missing.getMessage().contains(GoodwillWorkflow.INVOICE));
        Evidence.OnFile attachedByTheOem = (kind, by) -> by.contains("oem-regional-manager");
        assertThrows(InvalidField.class, () -> GoodwillWorkflow.TABLE.decide(CONDITIONS_SET, SUBMIT, CLAIMS_CLERK,
                new Workflow.Inputs(null, attachedByTheOem)));
    }

    @Test
    void theOemPaysItsShareOfTheClaimedAmountWithinTheCap() {
        GoodwillConditions conditions = new GoodwillConditions(new BigDecimal("5000.00"), new BigDecimal("60"),
                new BigDecimal("30"), new BigDecimal("10"), "paint repair");
        assertEquals(new BigDecimal("2400.00"), conditions.oemPartOf(new BigDecimal("4000.00")));
        assertEquals(new BigDecimal("3000.00"), conditions.oemPartOf(new BigDecimal("5000.00")));
        InvalidField overCap = assertThrows(InvalidField.class, () -> conditions.oemPartOf(new BigDecimal("5000.01")));
        assertEquals("requestedAmount", overCap.problem().errors().getFirst().field());
    }

    @Test
    void sharesMustAddUpToAHundred() {
        InvalidField wrong = assertThrows(InvalidField.class, () -> new GoodwillConditions(new BigDecimal("100"),
                new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("10"), "x"));
        assertEquals("oemSharePercent", wrong.problem().errors().getFirst().field());
    }
}
