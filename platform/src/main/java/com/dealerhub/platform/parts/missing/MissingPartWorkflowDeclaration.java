package com.dealerhub.platform.parts.missing;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The missing-part request's workflow table, for the work queue. */
@ApplicationScoped
public class MissingPartWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.MISSING_PART);
    }

    @Override
    public Workflow<?, ?> table() {
        return MissingPartWorkflow.TABLE;
    }
}
