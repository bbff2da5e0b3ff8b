package com.dealerhub.platform.goodwill;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

/** Goodwill's workflow table, for the work queue. */
@ApplicationScoped
public class GoodwillWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public java.util.Set<CaseType> types() {
        return java.util.Set.of(CaseType.GOODWILL);
    }

    @Override
    public Workflow<?, ?> table() {
        return GoodwillWorkflow.TABLE;
    }
}
