package com.dealerhub.platform.cases.approval;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.cases.CaseType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The table of approval chains: per network, case type and variant, the ordered steps a case passes
 * through; a network that has set none uses its type's default. A case copies its chain
 * ({@link CopiedChain}) when it enters it, so an edit changes only cases that enter afterwards.
 */
@ApplicationScoped
public class ApprovalChains {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<ChainDefinition> definitions;

    public List<String> chain(String network, CaseType type, String variant) {
        ChainDefinition definition = definition(type, variant);
        List<?> rows = em.createNativeQuery(
                        "SELECT steps FROM approval_chain WHERE network_code = ?1 AND case_type = ?2 AND variant = ?3")
                .setParameter(1, network).setParameter(2, type.name()).setParameter(3, variant).getResultList();
        return rows.stream().map(String[].class::cast).map(List::of).findFirst().orElse(definition.defaultChain(variant));
    }

    /** The definition of a type's chains; 400 naming the field when the type has none or the variant is not one of them. */
    ChainDefinition definition(CaseType type, String variant) {
        ChainDefinition definition = definitions.stream().filter(d -> d.type() == type).findFirst()
                .orElseThrow(() -> new InvalidField("type", type + " cases have no approval chain"));
        if (!definition.variants().contains(variant)) {
            throw new InvalidField("variant", "one of " + String.join(", ", definition.variants()));
        }
        return definition;
    }
}
