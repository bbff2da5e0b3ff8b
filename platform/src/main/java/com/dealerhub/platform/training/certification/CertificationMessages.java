package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.notifications.Contacts;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.Notifications;
import com.dealerhub.platform.notifications.Recipient;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells the dealer's station manager, and the person when they have a console account, of an
 * invitation and of the result.
 */
@ApplicationScoped
public class CertificationMessages {

    private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TrainingDay.ZONE);

    @Inject
    Notifications notifications;

    @Inject
    Contacts contacts;

    void invited(ServiceCase serviceCase, Dealer dealer, Applicants.Applicant person, String programme,
                 CertificationView.Session session) {
        send(serviceCase, dealer, person, Template.CERTIFICATION_INVITATION, Map.of("number", serviceCase.number(),
                "person", person.name(), "programme", programme, "session", session.title(),
                "startsAt", SESSION_TIME.format(session.startsAt()), "place", session.place()));
    }

    void passed(ServiceCase serviceCase, Dealer dealer, Applicants.Applicant person, String programme, String certificate,
                String validThrough) {
        send(serviceCase, dealer, person, Template.CERTIFICATION_PASSED, Map.of("number", serviceCase.number(),
                "person", person.name(), "programme", programme, "certificate", certificate, "validThrough", validThrough));
    }

    void failed(ServiceCase serviceCase, Dealer dealer, Applicants.Applicant person, String programme, String reason) {
        send(serviceCase, dealer, person, Template.CERTIFICATION_FAILED, Map.of("number", serviceCase.number(),
                "person", person.name(), "programme", programme, "reason", reason));
    }

    private void send(ServiceCase serviceCase, Dealer dealer, Applicants.Applicant person, Template template,
                      Map<String, String> values) {
        List<Recipient> recipients = new ArrayList<>(2);
        contacts.of(dealer, Duty.STATION_MANAGER).ifPresent(recipients::add);
        if (person.username() != null && recipients.stream().noneMatch(r -> person.username().equals(r.username()))) {
            recipients.add(new Recipient(person.username(), person.name(), null, null, null));
        }
        recipients.forEach(to -> notifications.send(serviceCase, to, template, values));
    }
}
