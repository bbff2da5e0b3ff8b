package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goodwill from a complaint to the dealer's statement: the FMC states the conditions, the dealer
 * attaches the signed agreement and the invoice and submits within the cap, the FMC confirms, CAC
 * pays the OEM's share, which shows as a goodwill line apart from warranty cost.
 */
class GoodwillIT {

    static final String PATH = "/platform/api/goodwill";
    static final String CAC = "aurora-cac";
    static final String FMC = "aurora-fmc-east";
    static final String DEALER = "aurora-e01";
    static final String CLERK = "aurora-e01-claims";

    @Test
    void goodwillFromAComplaintToThePaymentOnTheDealersStatement() {
        String complaint = dispatchedComplaint();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        BigDecimal before = goodwillTotal(today);
        BigDecimal warrantyBefore = warrantyTotal(today);

        JsonObject opened = created(Api.as(FMC).post(PATH, open(complaint, "5000.00", "60", "30", "10")));
        String id = opened.getString("id");
        assertThat(opened.getString("number")).startsWith("GW-");
        assertThat(opened.getString("state")).isEqualTo("CONDITIONS_SET");
        assertThat(opened.getString("complaint")).isEqualTo(complaint);
        assertThat(Complaints.steps(Complaints.get(CAC, complaint))).contains(FMC + ":GOODWILL_OPENED");
        assertThat(Complaints.actions(ok(Api.as(CLERK).get(PATH + "/" + id)))).containsExactly("SUBMIT");

        Reply withoutAgreement = Api.as(CLERK).post(PATH + "/" + id + "/submit", "{\"requestedAmount\":4000.00}");
        assertThat(withoutAgreement.status()).isEqualTo(400);
        assertThat(withoutAgreement.body()).contains("\"field\":\"attachments\"").contains("SIGNED_AGREEMENT");
        Claims.attach(CLERK, id, "SIGNED_AGREEMENT", "agreement.pdf", "application/pdf", Claims.PDF);
        Claims.attach(CLERK, id, "INVOICE", "invoice.pdf", "application/pdf", Claims.PDF);
        Reply overTheCap = Api.as(CLERK).post(PATH + "/" + id + "/submit", "{\"requestedAmount\":5000.01}");
        assertThat(overTheCap.status()).isEqualTo(400);
        assertThat(overTheCap.body()).contains("\"field\":\"requestedAmount\"");
        assertThat(ok(Api.as(CLERK).get(PATH + "/" + id)).getString("state")).isEqualTo("CONDITIONS_SET");

        JsonObject submitted = ok(Api.as(CLERK).post(PATH + "/" + id + "/submit", "{\"requestedAmount\":4000.00}"));
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonNumber("oemAmount").bigDecimalValue()).isEqualByComparingTo("2400.00");
        assertThat(Complaints.clockStatus(submitted, "CONFIRMATION")).isEqualTo("RUNNING");
        assertThat(Api.as(CAC).post(PATH + "/" + id + "/pay", "{\"paymentReference\":\"TX-1\"}").status()).isEqualTo(409);

        JsonObject confirmed = ok(Api.as(FMC).post(PATH + "/" + id + "/confirm", "{}"));
        assertThat(confirmed.getString("state")).isEqualTo("CONFIRMED");
        assertThat(Complaints.clockStatus(confirmed, "CONFIRMATION")).isEqualTo("MET");
        assertThat(Complaints.actions(ok(Api.as(CAC).get(PATH + "/" + id)))).containsExactly("PAY");

        JsonObject paid = ok(Api.as(CAC).post(PATH + "/" + id + "/pay", "{\"paymentReference\":\"TX-2026-0042\"}"));
        assertThat(paid.getString("state")).isEqualTo("PAID");
        assertThat(paid.getJsonNumber("paidAmount").bigDecimalValue()).isEqualByComparingTo("2400.00");

        JsonObject statement = ok(Api.as(CLERK).get("/platform/api/warranty/statements?from=" + today + "&to=" + today));
        assertThat(statement.getJsonArray("goodwill").stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("claim").equals(paid.getString("number")))
                .map(l -> l.getJsonNumber("paidAmount").bigDecimalValue())).singleElement()
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("2400.00"));
        assertThat(goodwillTotal(today).subtract(before)).isEqualByComparingTo("2400.00");
        assertThat(warrantyTotal(today)).as("goodwill is kept apart from warranty cost").isEqualByComparingTo(warrantyBefore);
    }

    @Test
    void theFmcReturnsWithAReasonAndAnotherDealerSeesNothing() {
        String complaint = dispatchedComplaint();
        String id = created(Api.as(FMC).post(PATH, open(complaint, "800", "100", "0", "0"))).getString("id");
        assertThat(Api.as(FMC).post(PATH, open(complaint, "800", "100", "0", "0")).status())
                .as("one goodwill claim per complaint").isEqualTo(409);
        Claims.attach(CLERK, id, "SIGNED_AGREEMENT", "agreement.pdf", "application/pdf", Claims.PDF);
        Claims.attach(CLERK, id, "INVOICE", "invoice.pdf", "application/pdf", Claims.PDF);
        ok(Api.as(CLERK).post(PATH + "/" + id + "/submit", "{\"requestedAmount\":800}"));

        Reply noReason = Api.as(FMC).post(PATH + "/" + id + "/return", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(ok(Api.as(FMC).post(PATH + "/" + id + "/return", "{\"reason\":\"invoice unreadable\"}")).getString("state"))
                .isEqualTo("CONDITIONS_SET");

        Api other = Api.as("aurora-e02-claims");
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.post(PATH + "/" + id + "/submit", "{\"requestedAmount\":1}").status()).isEqualTo(404);
        assertThat(Api.as("borealis-cac").post(PATH + "/" + id + "/pay", "{\"paymentReference\":\"x\"}").status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-south").post(PATH + "/" + id + "/reject", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(other.get(PATH).array().stream().map(JsonObject.class::cast).noneMatch(g -> g.getString("id").equals(id))).isTrue();
    }

    @Test
    void badConditionsNameTheFieldAndOpenNothing() {
        String complaint = dispatchedComplaint();
        Reply shares = Api.as(FMC).post(PATH, open(complaint, "1000", "50", "30", "10"));
        Reply cap = Api.as(FMC).post(PATH, open(complaint, "-5", "100", "0", "0"));
        Reply unknown = Api.as(FMC).post(PATH, open("00000000-0000-0000-0000-000000000001", "100", "100", "0", "0"));
        Reply byTheDealer = Api.as(CLERK).post(PATH, open(complaint, "100", "100", "0", "0"));

        assertThat(shares.status()).isEqualTo(400);
        assertThat(shares.body()).contains("oemSharePercent");
        assertThat(cap.status()).isEqualTo(400);
        assertThat(cap.body()).contains("capAmount");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"complaint\"");
        assertThat(byTheDealer.status()).isEqualTo(403);
        assertThat(Complaints.steps(Complaints.get(CAC, complaint))).doesNotContain(FMC + ":GOODWILL_OPENED");
    }

    private static String dispatchedComplaint() {
        String id = Complaints.record(CAC, Complaints.body(DEALER, null, "BODY_PAINT")).getString("id");
        Complaints.step(CAC, id, "dispatch", "{}");
        return id;
    }

    private static String open(String complaint, String cap, String oem, String dealer, String customer) {
        return "{\"complaint\":\"%s\",\"capAmount\":%s,\"oemSharePercent\":%s,\"dealerSharePercent\":%s,\"customerSharePercent\":%s,\"conditions\":\"repaint the door at shared cost\"}"
                .formatted(complaint, cap, oem, dealer, customer);
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static BigDecimal goodwillTotal(String day) {
        return ok(Api.as(CLERK).get("/platform/api/warranty/statements?from=" + day + "&to=" + day))
                .getJsonNumber("goodwillTotal").bigDecimalValue();
    }

    private static BigDecimal warrantyTotal(String day) {
        return ok(Api.as(CLERK).get("/platform/api/warranty/statements?from=" + day + "&to=" + day))
                .getJsonNumber("total").bigDecimalValue();
    }
}
