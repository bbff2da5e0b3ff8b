package com.dealerhub.platform.cases;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The generic workflow table of the types without one of their own, for the work queue. */
@ApplicationScoped
public class GenericWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return java.util.Arrays.stream(CaseType.values()).filter(CaseType::followsGenericWorkflow).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Workflow<?, ?> table() {
        return CaseWorkflow.TABLE;
    }
}
