package com.dealerhub.platform.notifications;

/**
 * Where text messages go out. The local stack and the tests use {@link LocalSmsGateway}, which keeps
 * each message in the database; a real gateway (an operator's HTTP API) is another implementation.
 */
public interface SmsGateway {

    void send(Sms sms) throws DeliveryFailure;
}
