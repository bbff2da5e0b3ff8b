package com.dealerhub.platform.cases.workflow;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case type's workflow as a declared table of {@link Step}s. It decides a move (or refuses it:
 * 403 when the caller's role never takes the step, 409 when the case's state does not allow it,
 * 400 when a reason or an attachment is missing) and lists the actions a caller may take now,
 * which every case view carries so that the console draws its buttons from the server's rules.
 * An action may have several rows, e.g. the regional manager returns a request from one state and
 * IT from others.
 */
public final class Workflow<S extends Enum<S>, A extends Enum<A>> {

    private final String noun;
    private final String reasonField;
    private final List<Step<S, A>> steps;

    private Workflow(String noun, String reasonField, List<Step<S, A>> steps) {
        this.noun = noun;
        this.reasonField = reasonField;
        this.steps = List.copyOf(steps);
    }

    /** @param noun the case as named in refusals, e.g. "complaint" */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(String noun) {
        return new Builder<>(noun);
    }

    /** What a step is given besides the caller: the reason typed, and what the case has on file. */
    public record Inputs(String reason, Evidence.OnFile onFile) {
        public static Inputs none() {
            return new Inputs(null, Evidence.OnFile.nothing());
        }

        public static Inputs reason(String reason) {
            return new Inputs(reason, Evidence.OnFile.nothing());
        }
    }

    /** Decides a move to a state; a step to the next approval step needs {@link #decide(Enum, Enum, Caller, Inputs, Target.Chain)}. */
    public Move<S, A> decide(S current, A action, Caller caller, Inputs inputs) {
        return decide(current, action, caller, inputs, () -> {
            throw new IllegalStateException(action + " leads to an approval step, but no chain was given");
        });
    }

    public Move<S, A> decide(S current, A action, Caller caller, Inputs inputs, Target.Chain<S> chain) {
        List<Step<S, A>> rows = steps.stream().filter(s -> s.action() == action).toList();
        if (rows.stream().noneMatch(s -> s.who().mayEverAct(caller))) {
            String who = rows.isEmpty() ? "nobody" : String.join("; ", rows.stream().map(s -> s.who().describe()).distinct().toList());
            throw new Forbidden(ProblemCode.ROLE_MAY_NOT.with("action", words(action), "noun", noun, "who", who));
        }
        Step<S, A> step = rows.stream()
                .filter(s -> s.from().contains(current) && s.who().admits(caller, current))
                .findFirst()
                .orElseThrow(() -> refusalInState(rows, current, action, caller));
        if (step.reasonRequired() && (inputs.reason() == null || inputs.reason().isBlank())) {
            throw new InvalidField(reasonField, ProblemCode.REASON_REQUIRED.with("action", words(action), "noun", noun));
        }
        for (Evidence needed : step.evidence()) {
            if (!inputs.onFile().has(needed.kind(), needed.attachedBy())) {
                throw new InvalidField("attachments", ProblemCode.EVIDENCE_REQUIRED.with("kind", needed.kind(),
                        "by", String.join(" or ", needed.attachedBy().stream().sorted().toList()), "action", words(action), "noun", noun));
            }
        }
        S to = switch (step.target()) {
            case Target.State<S> s -> s.state();
            case Target.NextApprovalStep<S> ignored -> chain.afterCurrentStep();
        };
        return new Move<>(step, current, to);
    }

    /** The actions this caller may take on a case in this state, in the table's order. */
    public List<A> allowedActions(S current, Caller caller) {
        List<A> allowed = new ArrayList<>();
        for (Step<S, A> step : steps) {
            if (step.from().contains(current) && step.who().admits(caller, current) && !allowed.contains(step.action())) {
                allowed.add(step.action());
            }
        }
        return allowed;
    }

    /** Whether any step of this table waits for the caller in this state (the work queue's question). */
    public boolean waitsFor(S current, Caller caller) {
        return !allowedActions(current, caller).isEmpty();
    }

    /** The states, by name, in which some step waits for this caller. */
    public List<String> statesWaitingFor(Caller caller) {
        return steps.stream().flatMap(s -> s.from().stream()).distinct()
                .filter(state -> waitsFor(state, caller)).map(Enum::name).sorted().toList();
    }

    /** {@link #allowedActions} for a state given by name, as stored on the case; none for a state the table does not know. */
    public List<String> allowedActionNames(String state, Caller caller) {
        return steps.stream().flatMap(s -> s.from().stream()).distinct()
                .filter(known -> known.name().equals(state)).findFirst()
                .map(known -> allowedActions(known, caller).stream().map(Enum::name).toList())
                .orElse(List.of());
    }

    public List<Step<S, A>> steps() {
        return steps;
    }

    /**
     * The caller's role takes this action, but not now: 403 when the case waits for another approver in this
     * state, 409 when the state does not allow the action to the caller at all.
     */
    private RuntimeException refusalInState(List<Step<S, A>> rows, S current, A action, Caller caller) {
        boolean waitsForAnother = rows.stream()
                .anyMatch(s -> s.from().contains(current) && s.who().mayEverAct(caller) && !s.who().admits(caller, current));
        if (waitsForAnother) {
            return new Forbidden(ProblemCode.WAITS_FOR_ANOTHER_APPROVER.with("noun", noun, "state", current));
        }
        return new Conflict(ProblemCode.STATE_DOES_NOT_ALLOW.with("action", words(action), "noun", noun, "state", current));
    }

    private static String words(Enum<?> action) {
        return action.name().toLowerCase().replace('_', ' ');
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final String noun;
        private String reasonField = "reason";
        private final List<Step<S, A>> steps = new ArrayList<>();

        private Builder(String noun) {
            this.noun = noun;
        }

        /** The request field a missing reason is reported on (default {@code reason}), e.g. {@code note}. */
        public Builder<S, A> reasonIn(String field) {
            reasonField = field;
            return this;
        }

        /** Starts a row: {@code action} taken from {@code from}. */
        public RowBuilder step(A action, S first, S... more) {
            return new RowBuilder(action, EnumSet.of(first, more));
        }

        public Workflow<S, A> build() {
            return new Workflow<>(noun, reasonField, steps);
        }

        public final class RowBuilder {
            private final A action;
            private final Set<S> from;
            private Target<S> target;
            private Who<S> who;
            private boolean reasonRequired;
            private final List<Evidence> evidence = new ArrayList<>();
            private final List<ClockEffect> clocks = new ArrayList<>();

            private RowBuilder(A action, Set<S> from) {
                this.action = action;
                this.from = from;
            }

            public RowBuilder to(S state) {
                target = new Target.State<>(state);
                return this;
            }

            public RowBuilder toNextApprovalStep() {
                target = new Target.NextApprovalStep<>();
                return this;
            }

            public RowBuilder by(Who<S> who) {
                this.who = who;
                return this;
            }

            public RowBuilder withReason() {
                reasonRequired = true;
                return this;
            }

            public RowBuilder needs(Evidence needed) {
                evidence.add(needed);
                return this;
            }

            public RowBuilder clocks(ClockEffect... effects) {
                clocks.addAll(List.of(effects));
                return this;
            }

            /** Ends the row and returns to the table. */
            public Builder<S, A> add() {
                if (target == null || who == null) {
                    throw new IllegalStateException(action + ": a step needs a target and who takes it");
                }
                steps.add(new Step<>(action, from, target, who, reasonRequired, evidence, clocks));
                return Builder.this;
            }
        }
    }
}
