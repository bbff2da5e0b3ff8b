package com.dealerhub.common.keycloak;

import com.dealerhub.common.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class UserProfileTest {

    private static final Pattern PERSON_NAME = Pattern.compile(UserProfile.PERSON_NAME);
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(UserProfile.EMAIL_DOMAIN);

    @Test
    void namesOfAnyScriptPassAndWhatKeycloakRefusesDoesNot() {
        for (String name : List.of("王", "O'Brien-Smith, Jr.", "José María", "Ólafur", "محمد")) {
            assertThat(PERSON_NAME.matcher(name).matches()).as(name).isTrue();
        }
        for (String name : List.of("<script>", "a&b", "Ann (Mrs)", "x/y", "semi;colon", "tab\there", "line\nbreak", "bell\u0007", "")) {
            assertThat(PERSON_NAME.matcher(name).matches()).as(name).isFalse();
        }
    }

    @Test
    void anEmailDomainIsLabelsOfLettersDigitsAndHyphens() {
        assertThat(EMAIL_DOMAIN.matcher("ann@dealer-e01.example").matches()).isTrue();
        assertThat(EMAIL_DOMAIN.matcher("用户@例子.example").matches()).isTrue();
        assertThat(EMAIL_DOMAIN.matcher("ann@x_y.example").matches()).isFalse();
        assertThat(EMAIL_DOMAIN.matcher("ann@localhost").matches()).isFalse();
        assertThat(EMAIL_DOMAIN.matcher("ann@[127.0.0.1]").matches()).isFalse();
    }

    @Test
    void keycloaksRefusalOfOneAttributeNamesIt() {
        var refusal = UserProfileRefusal.of(400,
                "{\"field\":\"firstName\",\"errorMessage\":\"error-invalid-length-too-long\",\"params\":[\"firstName\",null,255]}");

        assertThat(refusal.orElseThrow().errors()).containsExactly(new Problem.FieldError("firstName", "may be at most 255 characters"));
        assertThat(refusal.orElseThrow().problem().status()).isEqualTo(400);
    }

    @Test
    void keycloaksRefusalOfSeveralAttributesNamesEach() {
        var refusal = UserProfileRefusal.of(400, "{\"errors\":[{\"field\":\"lastName\",\"errorMessage\":\"error-person-name-invalid-character\","
                + "\"params\":[\"lastName\"]},{\"field\":\"email\",\"errorMessage\":\"error-invalid-email\",\"params\":[\"email\",\"a@x_y\"]}]}");

        assertThat(refusal.orElseThrow().errors()).extracting(Problem.FieldError::field).containsExactly("email", "lastName");
    }

    @Test
    void anyOtherAnswerIsNoRefusalOfAttributes() {
        assertThat(UserProfileRefusal.of(400, "{\"error\":\"invalidPasswordMinLengthMessage\"}")).isEmpty();
        assertThat(UserProfileRefusal.of(400, "not json")).isEmpty();
        assertThat(UserProfileRefusal.of(500, "{\"field\":\"firstName\",\"errorMessage\":\"x\"}")).isEmpty();
        assertThat(UserProfileRefusal.of(400, "")).isEmpty();
    }
}
