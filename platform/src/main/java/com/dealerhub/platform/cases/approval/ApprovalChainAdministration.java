package com.dealerhub.platform.cases.approval;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.dealerhub.common.json.Jsons.JSON;

/** Head office reads and sets its network's approval chains; every change goes to the audit log. */
@TenantService
public class ApprovalChainAdministration {

    public record Chain(CaseType type, String variant, List<String> steps) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ApprovalChains chains;

    public Chain get(CaseType type, String variant) {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null) {
            throw new Forbidden("an approval chain belongs to an OEM network");
        }
        return new Chain(type, variant, chains.chain(caller.network(), type, variant));
    }

    /** The steps cases of the type and variant pass through from now on; cases already in a chain keep theirs. */
    public Chain update(CaseType type, String variant, List<String> steps) {
        ChainDefinition definition = chains.definition(type, variant);
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(definition.editingRole())) {
            throw new Forbidden(type + " approval chains are set by head office (" + definition.editingRole() + ")");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!definition.steps().contains(steps.get(i))) {
                throw new InvalidField("steps[" + i + "]", "one of " + String.join(", ", definition.steps()));
            }
            if (!seen.add(steps.get(i))) {
                throw new InvalidField("steps", "each approver appears once in a chain");
            }
        }
        List<String> before = chains.chain(caller.network(), type, variant);
        em.createNativeQuery("""
                        INSERT INTO approval_chain (network_code, case_type, variant, steps) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (network_code, case_type, variant) DO UPDATE SET steps = excluded.steps""")
                .setParameter(1, caller.network()).setParameter(2, type.name()).setParameter(3, variant)
                .setParameter(4, steps.toArray(String[]::new)).executeUpdate();
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller, caller.network(),
                "APPROVAL_CHAIN_CHANGED", "approval-chain", type + "/" + variant, json(before), json(steps)));
        return new Chain(type, variant, chains.chain(caller.network(), type, variant));
    }

    private static JsonObject json(List<String> steps) {
        var array = JSON.createArrayBuilder();
        steps.forEach(array::add);
        return JSON.createObjectBuilder().add("steps", array).build();
    }
}
