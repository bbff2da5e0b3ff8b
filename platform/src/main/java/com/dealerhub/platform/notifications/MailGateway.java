package com.dealerhub.platform.notifications;

/** Where e-mail goes out: the application server's mail session, or a stand-in in tests. */
public interface MailGateway {

    void send(String to, String subject, String body) throws DeliveryFailure;
}
