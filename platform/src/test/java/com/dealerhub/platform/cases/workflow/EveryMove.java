package com.dealerhub.platform.cases.workflow;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import org.junit.jupiter.params.provider.Arguments;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enumerates a workflow table for a parameterised test: every caller, state and action, and whether
 * the table must allow it ({@code "caller STATE ACTION"} in the allowed set); everything else refused.
 */
public final class EveryMove {

    private EveryMove() {
    }

    public static <S extends Enum<S>, A extends Enum<A>> Stream<Arguments> of(Class<S> states, Class<A> actions,
                                                                             Set<String> callers, Set<String> allowed) {
        Set<String> listed = new java.util.HashSet<>();
        Stream.Builder<Arguments> moves = Stream.builder();
        for (String caller : callers.stream().sorted().toList()) {
            for (S state : states.getEnumConstants()) {
                for (A action : actions.getEnumConstants()) {
                    String move = caller + " " + state + " " + action;
                    listed.add(move);
                    moves.add(Arguments.of(caller, state, action, allowed.contains(move)));
                }
            }
        }
        assertThat(listed).as("allowed moves name known callers, states and actions").containsAll(allowed);
        return moves.build();
    }

    /** The table allows the move (and lists it in the caller's actions), or refuses it with 403 or 409. */
    public static <S extends Enum<S>, A extends Enum<A>> void check(Workflow<S, A> table, Caller caller, S state, A action,
                                                                    boolean allowed, Target.Chain<S> chain) {
        Workflow.Inputs withReason = new Workflow.Inputs("because", (kind, by) -> true);
        assertThat(table.allowedActions(state, caller).contains(action)).isEqualTo(allowed);
        if (allowed) {
            assertThat(table.decide(state, action, caller, withReason, chain).action()).isEqualTo(action);
        } else {
            assertThatThrownBy(() -> table.decide(state, action, caller, withReason, chain))
                    .isInstanceOfAny(Forbidden.class, Conflict.class);
        }
    }

    /**
     * Every caller (named by username), state and action, with the state the table must lead to, or null
     * where it must refuse: {@code expected} maps each caller to the moves it may make, state by state.
     */
    public static <S extends Enum<S>, A extends Enum<A>> Stream<Arguments> withTargets(Class<S> states, Class<A> actions,
                                                                                      Map<Caller, Map<S, Map<A, S>>> expected) {
        Stream.Builder<Arguments> moves = Stream.builder();
        expected.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Caller::username)))
                .forEach(byCaller -> {
                    for (S state : states.getEnumConstants()) {
                        for (A action : actions.getEnumConstants()) {
                            moves.add(Arguments.of(byCaller.getKey().username(), byCaller.getKey(), state, action,
                                    byCaller.getValue().getOrDefault(state, Map.of()).get(action)));
                        }
                    }
                });
        return moves.build();
    }

    /** The table leads to the expected state and lists the action, or (expected null) refuses with 403 or 409 and does not list it. */
    public static <S extends Enum<S>, A extends Enum<A>> void checkTarget(Workflow<S, A> table, Caller caller, S state, A action,
                                                                          S expected, Workflow.Inputs inputs) {
        if (expected != null) {
            assertThat(table.decide(state, action, caller, inputs).to()).isEqualTo(expected);
            assertThat(table.allowedActions(state, caller)).contains(action);
        } else {
            assertThatThrownBy(() -> table.decide(state, action, caller, inputs)).isInstanceOfAny(Forbidden.class, Conflict.class);
            assertThat(table.allowedActions(state, caller)).doesNotContain(action);
        }
    }

    /** A map of test callers by name, for the parameterised test's first argument. */
    public static Map<String, Caller> named(Object... nameAndCaller) {
        java.util.Map<String, Caller> callers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameAndCaller.length; i += 2) {
            callers.put((String) nameAndCaller[i], (Caller) nameAndCaller[i + 1]);
        }
        return callers;
    }

    public static Set<String> moves(String... lines) {
        return Arrays.stream(lines).collect(java.util.stream.Collectors.toSet());
    }
}
