package com.dealerhub.platform.threeguarantees;

import com.dealerhub.platform.notifications.Contacts;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.Notifications;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Tells the regional service manager (FMC) of the dealer's region that a vehicle is due for
 * replacement or refund: once per VIN and RED reason, whichever dealer's repair made it due.
 */
@ApplicationScoped
public class RedWarnings {

    private static final Logger LOG = Logger.getLogger(RedWarnings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Contacts contacts;

    @Inject
    Notifications notifications;

    void tell(Dealer dealer, Ledger ledger) {
        for (Reason reason : ledger.reasons()) {
            if (reason.level() != WarningLevel.RED || !firstTime(dealer, ledger.vin(), reason)) {
                continue;
            }
            contacts.of(dealer, Duty.REGIONAL_SERVICE_MANAGER).ifPresentOrElse(
                    fmc -> notifications.sendAbout(dealer.network(), dealer.code(), fmc, Template.THREE_GUARANTEES_DUE,
                            Map.of("vin", ledger.vin(), "dealer", dealer.code(), "reasonZh", reason.zh(), "reasonEn", reason.en())),
                    () -> LOG.warning("nobody holds REGIONAL_SERVICE_MANAGER for dealer " + dealer.code() + "; VIN " + ledger.vin()
                            + " is due for replacement or refund (" + reason.code() + ")"));
        }
    }

    private boolean firstTime(Dealer dealer, String vin, Reason reason) {
        return em.createNativeQuery("""
                        INSERT INTO three_guarantees_alert (network_code, vin, reason_code, dealer_code) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, dealer.network()).setParameter(2, vin).setParameter(3, reason.code()).setParameter(4, dealer.code())
                .executeUpdate() == 1;
    }
}
