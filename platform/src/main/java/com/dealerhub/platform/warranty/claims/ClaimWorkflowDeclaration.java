package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Warranty claims' workflow table, for the work queue. */
@ApplicationScoped
public class ClaimWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.WARRANTY);
    }

    @Override
    public Workflow<?, ?> table() {
        return ClaimWorkflow.TABLE;
    }
}
