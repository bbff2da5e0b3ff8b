package com.dealerhub.platform.cases.workflow;

import com.dealerhub.common.security.Caller;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may take a workflow step. {@link #mayEverAct} says whether the caller's role takes this step
 * at all (no: 403); {@link #admits} whether it may take it in this state (no, but ever: 409).
 */
public interface Who<S> {

    boolean mayEverAct(Caller caller);

    boolean admits(Caller caller, S state);

    /** Said in a refusal: "only ... may". */
    String describe();

    /** Dealer staff holding one of the roles. */
    static <S> Who<S> dealer(String... roles) {
        return party("the dealer's", Caller::isDealerStaff, roles);
    }

    /** OEM staff holding one of the roles. */
    static <S> Who<S> oem(String... roles) {
        return party("the OEM's", Caller::isOemStaff, roles);
    }

    /**
     * The approver the case waits for in its state (e.g. a claim pending with the TAC waits for
     * {@code oem-tac}); {@code approverRoles} are every role that approves at some step.
     */
    static <S> Who<S> awaitedApprover(Set<String> approverRoles, Function<S, Optional<String>> awaitedRole) {
        return new Who<>() {
            @Override
            public boolean mayEverAct(Caller caller) {
                return caller.isOemStaff() && approverRoles.stream().anyMatch(caller::hasRole);
            }

            @Override
            public boolean admits(Caller caller, S state) {
                return mayEverAct(caller) && awaitedRole.apply(state).map(caller::hasRole).orElse(false);
            }

            @Override
            public String describe() {
                return "the approver the case waits for";
            }
        };
    }

    private static <S> Who<S> party(String whose, java.util.function.Predicate<Caller> party, String... roles) {
        Set<String> allowed = Set.copyOf(Arrays.asList(roles));
        return new Who<>() {
            @Override
            public boolean mayEverAct(Caller caller) {
                return party.test(caller) && allowed.stream().anyMatch(caller::hasRole);
            }

            @Override
            public boolean admits(Caller caller, S state) {
                return mayEverAct(caller);
            }

            @Override
            public String describe() {
                return whose + " " + String.join(" or ", allowed.stream().sorted().toList());
            }
        };
    }
}
