package com.dealerhub.it;

import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Mailbox;
import com.dealerhub.it.support.Training;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificate expiry reminders: a certificate with 30 days left reminds the station manager of the
 * holder's dealer by e-mail (arriving at GreenMail) once, however often the scheduler looks.
 */
class TrainingRemindersIT {

    private static final String MANAGER_MAIL = "aurora-e01-manager@dealers.example";

    @Test
    void aCertificateExpiringIn30DaysRemindsTheStationManagerOnce() throws SQLException {
        LocalDate today = Training.today();
        String holder = "提醒测试 " + Cases.uniqueWord();
        var person = Training.hire("aurora", "aurora-e01", "TECHNICIAN", holder);
        String application = Cases.open("aurora-e01-claims", "认证 " + Cases.uniqueWord(), "certification").getString("id");
        var certificate = Training.certify("aurora", "aurora-e01", person, "EV_HV", 1, today.minusMonths(11),
                today.plusDays(30), application);

        List<JsonObject> mails = Mailbox.await(MANAGER_MAIL, certificate.number(), Duration.ofSeconds(90));
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getString("subject")).contains(holder).contains("30");

        Cases.sleep(40_000); // more than one more look of the scheduler
        assertThat(Mailbox.about(MANAGER_MAIL, certificate.number())).hasSize(1);
        assertThat(Training.reminders("aurora", "aurora-e01", certificate.id())).isEqualTo(1);
    }
}
