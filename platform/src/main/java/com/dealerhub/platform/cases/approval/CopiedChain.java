package com.dealerhub.platform.cases.approval;

import com.dealerhub.platform.cases.workflow.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The approval chain a case copied when it entered it, and the step it is at: a case part embeds it,
 * so that later edits of the network's chain do not change a case already on its way.
 */
@Embeddable
public class CopiedChain {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "approval_steps", nullable = false)
    private String[] steps = new String[0];

    @Column(name = "step_index", nullable = false)
    private int index;

    protected CopiedChain() {
    }

    public static CopiedChain of(List<String> steps) {
        CopiedChain copy = new CopiedChain();
        copy.steps = steps.toArray(String[]::new);
        return copy;
    }

    public List<String> steps() {
        return List.of(steps);
    }

    /** The step the case waits at, if it is in the chain. */
    public Optional<String> current() {
        return index < steps.length ? Optional.of(steps[index]) : Optional.empty();
    }

    /** The current step approved: the case moves to the next one. */
    public void advance() {
        index++;
    }

    /**
     * Where approving the current step leads: the state waiting for the next step, or {@code end}
     * after the last one.
     */
    public <S> Target.Chain<S> next(Function<String, S> waitingFor, S end) {
        return () -> index + 1 < steps.length ? waitingFor.apply(steps[index + 1]) : end;
    }
}
