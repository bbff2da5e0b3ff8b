package com.dealerhub.platform.accountrequests;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Account requests' workflow table, for the work queue. */
@ApplicationScoped
public class AccountRequestWorkflowDeclaration implements DeclaredWorkflow {

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.ACCOUNT_REQUEST);
    }

    @Override
    public Workflow<?, ?> table() {
        return AccountRequestWorkflow.TABLE;
    }
}
