package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The parts order's workflow table, for the work queue. */
@ApplicationScoped
public class PartsOrderWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.PARTS_ORDER);
    }

    @Override
    public Workflow<?, ?> table() {
        return PartsOrderWorkflow.TABLE;
    }
}
