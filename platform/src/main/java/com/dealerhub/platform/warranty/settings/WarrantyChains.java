package com.dealerhub.platform.warranty.settings;

import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.approval.ChainDefinition;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

/** Warranty claims keep an approval chain per claim kind, built from the four approvers; the claims department edits them. */
@ApplicationScoped
public class WarrantyChains implements ChainDefinition {

    static final String EDITING_ROLE = "oem-claims";

    @Override
    public CaseType type() {
        return CaseType.WARRANTY;
    }

    @Override
    public List<String> variants() {
        return Arrays.stream(ClaimKind.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> steps() {
        return Arrays.stream(ApprovalStep.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> defaultChain(String variant) {
        return ClaimKind.valueOf(variant).defaultChain().stream().map(Enum::name).toList();
    }

    @Override
    public String editingRole() {
        return EDITING_ROLE;
    }
}
