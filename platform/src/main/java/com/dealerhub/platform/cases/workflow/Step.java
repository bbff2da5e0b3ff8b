package com.dealerhub.platform.cases.workflow;

import java.util.List;
import java.util.Set;

/**
 * One row of a workflow table: the action, the states it is taken from, where it leads, who takes it,
 * whether a reason and which attachments it needs, and what it does to the case's clocks.
 */
public record Step<S extends Enum<S>, A extends Enum<A>>(A action, Set<S> from, Target<S> target, Who<S> who,
                                                         boolean reasonRequired, List<Evidence> evidence,
                                                         List<ClockEffect> clocks) {

    public Step {
        from = Set.copyOf(from);
        evidence = List.copyOf(evidence);
        clocks = List.copyOf(clocks);
    }

    /** A step leading to a state that is the same as where it started, e.g. "report progress". */
    public boolean keepsState() {
        return target instanceof Target.State<S> s && from.size() == 1 && from.contains(s.state());
    }
}
