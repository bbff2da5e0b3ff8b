package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training needs, a TRAINING case with its own workflow: a dealer's admin submits one; it waits in the
 * training department's work queue with its answer clock running; the training department answers it
 * by publishing a notice (which the need links and everyone reads) or declines it with a reason, and
 * the dealer's station manager hears of either. Another dealer's need answers 404.
 */
class TrainingNeedsIT {

    static final String PATH = "/platform/api/training/needs";
    static final String TRAINING = "aurora-training";
    static final String ADMIN = "aurora-e01-admin";

    @Test
    void aNeedIsAnsweredByANoticeWhichItLinks() {
        String subject = "EV high-voltage refresher " + Cases.uniqueWord();
        JsonObject submitted = created(Api.as(ADMIN).post(PATH, need(subject)));
        String id = submitted.getString("id");
        assertThat(submitted.getString("number")).startsWith("TR-");
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getInt("people")).isEqualTo(3);
        assertThat(submitted.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .containsExactly("TECHNICIAN");
        assertThat(submitted.getString("preferredMonth")).isEqualTo("2027-03");
        assertThat(Complaints.clockStatus(submitted, "NEED_ANSWER")).isEqualTo("RUNNING");
        assertThat(Complaints.actions(submitted)).containsExactly("WITHDRAW");
        assertThat(Complaints.actions(ok(Api.as(TRAINING).get(PATH + "/" + id)))).containsExactlyInAnyOrder("ANSWER", "DECLINE");
        assertThat(queued(TRAINING)).contains(id);

        Reply generic = Api.as(ADMIN).post("/platform/api/cases/" + id + "/transitions", "{\"action\":\"START\"}");
        assertThat(generic.status()).as("no generic transitions any more").isEqualTo(409);
        assertThat(Api.as(ADMIN).post(PATH + "/" + id + "/answer", answer("x")).status()).isEqualTo(403);

        JsonObject answered = ok(Api.as(TRAINING).post(PATH + "/" + id + "/answer", answer("Refresher course in March")));
        assertThat(answered.getString("state")).isEqualTo("ANSWERED");
        assertThat(answered.getString("noticeTitle")).isEqualTo("Refresher course in March");
        assertThat(Complaints.clockStatus(answered, "NEED_ANSWER")).isEqualTo("MET");
        String notice = answered.getString("notice");
        assertThat(ok(Api.as("aurora-e02-admin").get("/platform/api/training/notices/" + notice)).getString("title"))
                .isEqualTo("Refresher course in March");
        assertThat(queued(TRAINING)).doesNotContain(id);
        assertThat(ok(Api.as(ADMIN).get(PATH + "/" + id)).getString("notice")).isEqualTo(notice);
        assertThat(inboxTitles(ADMIN)).anyMatch(t -> t.contains(answered.getString("number")));
        assertThat(Api.as(TRAINING).post(PATH + "/" + id + "/decline", "{\"reason\":\"late\"}").status()).isEqualTo(409);
    }

    @Test
    void aNeedIsDeclinedWithAReason() {
        String id = created(Api.as(ADMIN).post(PATH, need("Parts clerk onboarding " + Cases.uniqueWord()))).getString("id");
        Reply noReason = Api.as(TRAINING).post(PATH + "/" + id + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(ok(Api.as(ADMIN).get(PATH + "/" + id)).getString("state")).isEqualTo("SUBMITTED");

        JsonObject declined = ok(Api.as(TRAINING).post(PATH + "/" + id + "/decline", "{\"reason\":\"covered by the online course\"}"));
        assertThat(declined.getString("state")).isEqualTo("DECLINED");
        assertThat(declined.getString("declineReason")).isEqualTo("covered by the online course");
        assertThat(Complaints.clockStatus(declined, "NEED_ANSWER")).isEqualTo("MET");
        assertThat(Complaints.actions(ok(Api.as(ADMIN).get(PATH + "/" + id)))).isEmpty();
    }

    @Test
    void anotherDealersNeedAnswers404AndIsNotListed() {
        String id = created(Api.as(ADMIN).post(PATH, need("Advisor basics " + Cases.uniqueWord()))).getString("id");
        Api other = Api.as("aurora-e02-admin");
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.post(PATH + "/" + id + "/withdraw", "{}").status()).isEqualTo(404);
        assertThat(other.get(PATH).array().getValuesAs(JsonObject.class).stream().map(n -> n.getString("id"))).doesNotContain(id);
        assertThat(Api.as("borealis-training").post(PATH + "/" + id + "/answer", answer("x")).status()).isEqualTo(404);
        assertThat(ok(Api.as(ADMIN).post(PATH + "/" + id + "/withdraw", "{}")).getString("state")).isEqualTo("WITHDRAWN");
    }

    @Test
    void badNeedsNameTheFieldAndOpenNothing() {
        long before = Api.as(ADMIN).get(PATH).array().size();
        Reply people = Api.as(ADMIN).post(PATH, need("x").replace("\"people\":3", "\"people\":0"));
        Reply month = Api.as(ADMIN).post(PATH, need("x").replace("2027-03", "2027-13"));
        Reply role = Api.as(ADMIN).post(PATH, need("x").replace("TECHNICIAN", "ASTRONAUT"));
        Reply subject = Api.as(ADMIN).post(PATH, need(""));
        Reply byTheTrainingDepartment = Api.as(TRAINING).post(PATH, need("x"));
        Reply advisor = Api.as("aurora-e01-advisor").post(PATH, need("x"));

        assertThat(people.status()).isEqualTo(400);
        assertThat(people.body()).contains("\"field\":\"people\"");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.body()).contains("\"field\":\"preferredMonth\"");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body()).contains("roles");
        assertThat(subject.status()).isEqualTo(400);
        assertThat(subject.body()).contains("\"field\":\"subject\"");
        assertThat(byTheTrainingDepartment.status()).isEqualTo(403);
        assertThat(advisor.status()).isEqualTo(403);
        assertThat(Api.as(ADMIN).get(PATH).array().size()).isEqualTo(before);

        String id = created(Api.as(ADMIN).post(PATH, need("Answer without a title " + Cases.uniqueWord()))).getString("id");
        Reply noTitle = Api.as(TRAINING).post(PATH + "/" + id + "/answer", "{\"notice\":{\"kind\":\"TRAINING\",\"body\":\"b\"}}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("\"field\":\"notice.title\"");
        assertThat(ok(Api.as(ADMIN).get(PATH + "/" + id)).getString("state")).isEqualTo("SUBMITTED");
    }

    @Test
    void theDemoTrainingCasesAreNeedsWaitingForTheTrainingDepartment() {
        List<JsonObject> demo = Api.as(ADMIN).get(PATH + "?state=SUBMITTED").array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("number").startsWith("DM-")).toList();
        assertThat(demo).isNotEmpty();
        assertThat(Complaints.actions(ok(Api.as(TRAINING).get(PATH + "/" + demo.getFirst().getString("id")))))
                .containsExactlyInAnyOrder("ANSWER", "DECLINE");
    }

    private static String need(String subject) {
        return """
                {"subject":"%s","description":"new hires","people":3,"roles":["TECHNICIAN"],"preferredMonth":"2027-03"}"""
                .formatted(subject);
    }

    private static String answer(String title) {
        return "{\"notice\":{\"kind\":\"TRAINING\",\"title\":\"" + title + "\",\"body\":\"Enrol on the sessions page.\"}}";
    }

    private static List<String> queued(String user) {
        return ok(Api.as(user).get("/platform/api/queue?size=200")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id")).toList();
    }

    private static List<String> inboxTitles(String user) {
        return ok(Api.as(user).get("/platform/api/notifications/inbox")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title", "") + " " + i.getString("subject", "")).toList();
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
