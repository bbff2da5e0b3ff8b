package com.dealerhub.platform.cases.workflow;

import com.dealerhub.platform.cases.CaseType;

/**
 * A case type's workflow table, made known to the kernel (a bean per type), so that one work queue
 * finds what waits for a caller across every type without knowing any of them.
 */
public interface DeclaredWorkflow {

    /** The case types following the table (the generic table serves several). */
    java.util.Set<CaseType> types();

    Workflow<?, ?> table();
}
