package com.dealerhub.platform.complaints;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

/** Complaints' workflow table, for the work queue. */
@ApplicationScoped
public class ComplaintWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public java.util.Set<CaseType> types() {
        return java.util.Set.of(CaseType.COMPLAINT);
    }

    @Override
    public Workflow<?, ?> table() {
        return ComplaintWorkflow.TABLE;
    }
}
