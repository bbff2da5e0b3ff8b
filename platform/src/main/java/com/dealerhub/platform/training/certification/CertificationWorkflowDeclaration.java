package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Certification's workflow table, for the work queue. */
@ApplicationScoped
public class CertificationWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.CERTIFICATION);
    }

    @Override
    public Workflow<?, ?> table() {
        return CertificationWorkflow.TABLE;
    }
}
