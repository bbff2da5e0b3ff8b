package com.dealerhub.platform.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;

/**
 * E-mail through WildFly's mail subsystem: the session {@code java:jboss/mail/DealerHub} names the SMTP
 * server, its timeouts and the sender address ({@code bin/wildfly/configure.cli}, {@code DEALERHUB_SMTP_*},
 * {@code DEALERHUB_MAIL_FROM}).
 */
@ApplicationScoped
public class WildFlyMail implements MailGateway {

    @Resource(lookup = "java:jboss/mail/DealerHub")
    Session session;

    @Override
    public void send(String to, String subject, String body) throws DeliveryFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (AddressException | SendFailedException e) {
            throw new DeliveryFailure("mail refused: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new DeliveryFailure("mail server not reachable: " + e.getMessage(), false, e);
        }
    }
}
