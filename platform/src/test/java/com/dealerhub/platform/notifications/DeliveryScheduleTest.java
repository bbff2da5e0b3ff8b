package com.dealerhub.platform.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryScheduleTest {

    private static final DeliveryFailure DOWN = new DeliveryFailure("connection refused", false, null);
    private static final DeliveryFailure REFUSED = new DeliveryFailure("550 no such mailbox", true, null);

    @Test
    void pausesDoubleFromTwoSecondsUpToFiveMinutes() {
        assertThat(RetrySchedule.pauseAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetrySchedule.pauseAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(RetrySchedule.pauseAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(RetrySchedule.pauseAfter(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySchedule.pauseAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aServerThatIsDownIsWaitedForWithoutEnd() {
        assertThat(RetrySchedule.givesUp(1, DOWN)).isFalse();
        assertThat(RetrySchedule.givesUp(1_000, DOWN)).isFalse();
    }

    @Test
    void aMessageTheServerRefusesIsTriedFiveTimesThenFailed() {
        assertThat(RetrySchedule.givesUp(4, REFUSED)).isFalse();
        assertThat(RetrySchedule.givesUp(5, REFUSED)).isTrue();
    }

    @Test
    void eachChannelGoesToItsGatewayAndAFailingGatewaysErrorReachesTheWorker() throws DeliveryFailure {
        List<String> mails = new ArrayList<>();
        List<Sms> texts = new ArrayList<>();
        MailGateway mail = (to, subject, body) -> mails.add(to + "|" + subject + "|" + body);
        SmsGateway sms = texts::add;
        UUID caseId = UUID.randomUUID();

        NotificationDelivery.send(pending(1, caseId, Channel.EMAIL, "a@example.com"), mail, sms);
        NotificationDelivery.send(pending(2, caseId, Channel.SMS, "13812345678"), mail, sms);

        assertThat(mails).containsExactly("a@example.com|subject|body");
        assertThat(texts).containsExactly(new Sms(2, caseId, "aurora", "aurora-e01", "13812345678", "body"));
        MailGateway down = (to, subject, body) -> {
            throw DOWN;
        };
        assertThatThrownBy(() -> NotificationDelivery.send(pending(3, caseId, Channel.EMAIL, "a@example.com"), down, sms))
                .isSameAs(DOWN);
    }

    private static PendingNotifications.Pending pending(long id, UUID caseId, Channel channel, String address) {
        return new PendingNotifications.Pending(id, caseId, "aurora", "aurora-e01", channel, address, "subject", "body", 1);
    }
}
