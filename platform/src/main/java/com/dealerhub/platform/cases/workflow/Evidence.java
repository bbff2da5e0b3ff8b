package com.dealerhub.platform.cases.workflow;

import java.util.Set;

/** An attachment a step needs on the case: of this kind, attached by someone holding one of these roles. */
public record Evidence(String kind, Set<String> attachedBy) {

    public static Evidence of(String kind, String... attachedBy) {
        return new Evidence(kind, Set.of(attachedBy));
    }

    /** What the case has on file, as the step's check sees it. */
    @FunctionalInterface
    public interface OnFile {
        boolean has(String kind, Set<String> attachedBy);

        static OnFile nothing() {
            return (kind, by) -> false;
        }
    }
}
