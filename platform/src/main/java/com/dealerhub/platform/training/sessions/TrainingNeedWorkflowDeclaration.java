package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The training need's workflow table, for the work queue. */
@ApplicationScoped
public class TrainingNeedWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.TRAINING);
    }

    @Override
    public Workflow<?, ?> table() {
        return TrainingNeedWorkflow.TABLE;
    }
}
