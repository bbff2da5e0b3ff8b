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

    /** The roles that take the step in this state: the work queue finds what waits for a role with it. */
    Set<String> rolesIn(S state);

    /** Whether those roles act as dealer staff or as OEM staff. */
    boolean dealerSide();

    /** Dealer staff holding one of the roles. */
    static <S> Who<S> dealer(String... roles) {
        return party("the dealer's", true, roles);
    }

    /** OEM staff holding one of the roles. */
    static <S> Who<S> oem(String... roles) {
        return party("the OEM's", false, roles);
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

            @Override
            public Set<String> rolesIn(S state) {
                return awaitedRole.apply(state).map(Set::of).orElse(Set.of());
            }

            @Override
            public boolean dealerSide() {
                return false;
            }
        };
    }

    private static <S> Who<S> party(String whose, boolean dealerSide, String... roles) {
        Set<String> allowed = Set.copyOf(Arrays.asList(roles));
        return new Who<>() {
            @Override
            public boolean mayEverAct(Caller caller) {
                return (dealerSide ? caller.isDealerStaff() : caller.isOemStaff()) && allowed.stream().anyMatch(caller::hasRole);
            }

            @Override
            public Set<String> rolesIn(S state) {
                return allowed;
            }

            @Override
            public boolean dealerSide() {
                return dealerSide;
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
