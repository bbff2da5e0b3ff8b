package com.dealerhub.platform.training.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** What sessions and notices refer to, read in the caller's transaction: programme levels and notices of the network. */
@ApplicationScoped
public class TrainingCatalogue {

    @PersistenceContext
    EntityManager em;

    public boolean levelExists(String network, String programme, int level) {
        return !em.createNativeQuery("""
                        SELECT 1 FROM certification_level WHERE network_code = ?1 AND programme_code = ?2 AND level = ?3""")
                .setParameter(1, network).setParameter(2, programme).setParameter(3, level)
                .getResultList().isEmpty();
    }

    public boolean programmeExists(String network, String programme) {
        return !em.createNativeQuery("SELECT 1 FROM certification_programme WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, programme).getResultList().isEmpty();
    }

    public boolean noticeExists(String network, UUID notice) {
        return !em.createNativeQuery("SELECT 1 FROM training_notice WHERE network_code = ?1 AND id = ?2")
                .setParameter(1, network).setParameter(2, notice).getResultList().isEmpty();
    }
}
