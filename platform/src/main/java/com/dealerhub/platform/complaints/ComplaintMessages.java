package com.dealerhub.platform.complaints;

import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.notifications.Contacts;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.Notifications;
import com.dealerhub.platform.notifications.Recipient;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of a complaint, in the formats of DOMAIN section 3: at dispatch, the station manager
 * (case number, model, customer, mobile, subject, sender), the regional service manager (the same
 * with the dealer's name) and, for an emergency, the TAC; the customer is told which dealer will
 * call, with the station manager's name and phone. A repeated complaint reaches the regional service
 * manager; a reply from the dealer or the regional manager reaches CAC. A duty without a contact is written on the timeline, never skipped silently.
 */
@ApplicationScoped
public class ComplaintMessages {

    @Inject
    Notifications notifications;

    @Inject
    Contacts contacts;

    @Inject
    Clock clock;

    void dispatched(Complaint complaint, Dealer dealer, Caller sender) {
        ServiceCase serviceCase = complaint.serviceCase();
        Map<String, String> about = Map.of("number", serviceCase.number(), "model", complaint.model(),
                "customer", complaint.customerName(), "phone", complaint.customerPhone(), "subject", serviceCase.subject(),
                "sender", sender.username(), "dealerShortName", shortName(dealer));
        Optional<Recipient> stationManager = contact(serviceCase, dealer, Duty.STATION_MANAGER);
        stationManager.ifPresent(to -> notifications.send(serviceCase, to, Template.COMPLAINT_TO_STATION_MANAGER, about));
        contact(serviceCase, dealer, Duty.REGIONAL_SERVICE_MANAGER)
                .ifPresent(to -> notifications.send(serviceCase, to, Template.COMPLAINT_TO_REGIONAL_MANAGER, about));
        if (complaint.emergency()) {
            contact(serviceCase, dealer, Duty.TAC)
                    .ifPresent(to -> notifications.send(serviceCase, to, Template.COMPLAINT_TO_REGIONAL_MANAGER, about));
        }
        notifications.send(serviceCase, Recipient.customer(complaint.customerName(), complaint.customerPhone()),
                Template.COMPLAINT_TO_CUSTOMER, Map.of("subject", serviceCase.subject(), "dealerShortName", shortName(dealer),
                        "stationManager", stationManager.map(Recipient::name).orElse("-"),
                        "stationManagerPhone", stationManager.map(Recipient::phone).filter(p -> p != null).orElse("-")));
    }

    void repeated(Complaint complaint, Dealer dealer, int count) {
        ServiceCase serviceCase = complaint.serviceCase();
        contact(serviceCase, dealer, Duty.REGIONAL_SERVICE_MANAGER).ifPresent(to -> notifications.send(serviceCase, to,
                Template.COMPLAINT_REPEATED, Map.of("number", serviceCase.number(), "vin", complaint.vin(),
                        "faultCategory", complaint.faultCategory().name(), "count", String.valueOf(count))));
    }

    /** A reply from the dealer or the regional manager goes to CAC: the case number and the reply. */
    void replied(Complaint complaint, Dealer dealer, String reply) {
        ServiceCase serviceCase = complaint.serviceCase();
        contact(serviceCase, dealer, Duty.CAC).ifPresent(to -> notifications.send(serviceCase, to, Template.CASE_REPLY,
                Map.of("number", serviceCase.number(), "reply", reply)));
    }

    private Optional<Recipient> contact(ServiceCase serviceCase, Dealer dealer, Duty duty) {
        Optional<Recipient> found = contacts.of(dealer, duty);
        if (found.isEmpty()) {
            serviceCase.record("NOT_NOTIFIED", "system", "no " + duty + " contact for " + dealer.code(), clock.instant());
        }
        return found;
    }

    /** The dealer's name without its English part, as a text message names it. */
    private static String shortName(Dealer dealer) {
        int english = dealer.name().indexOf(' ');
        return english > 0 ? dealer.name().substring(0, english) : dealer.name();
    }
}
