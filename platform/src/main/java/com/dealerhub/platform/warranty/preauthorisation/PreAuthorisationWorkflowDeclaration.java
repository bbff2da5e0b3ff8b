package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Pre-authorisations' workflow table, for the work queue. */
@ApplicationScoped
public class PreAuthorisationWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.PRE_AUTHORISATION);
    }

    @Override
    public Workflow<?, ?> table() {
        return PreAuthorisationWorkflow.TABLE;
    }
}
