package com.dealerhub.platform.notifications;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextsTest {

    @Test
    void everyTemplateRendersOnEveryChannelInBothLanguagesWithEveryValueFilled() {
        for (Template template : Template.values()) {
            Map<String, String> values = new HashMap<>();
            template.placeholders().forEach(name -> values.put(name, "<" + name + ">"));
            for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                for (Channel channel : Channel.values()) {
                    Message message = TemplateTexts.render(template, channel, locale, values);
                    assertThat(message.body()).as("%s %s %s", template, channel, locale).isNotBlank().doesNotContain("{");
                    if (channel != Channel.SMS) {
                        assertThat(message.subject()).isNotBlank().doesNotContain("{");
                    }
                }
            }
        }
    }

    @Test
    void theCustomerLearnsWhoWillContactThemInChineseByDefault() {
        Map<String, String> values = Map.of("subject", "空调不制冷", "dealerShortName", "极光上海浦东", "stationManager", "王站长",
                "stationManagerPhone", "13800001234");
        Recipient customer = Recipient.customer("李女士", "13812345678");

        assertThat(TemplateTexts.render(Template.COMPLAINT_TO_CUSTOMER, Channel.SMS, customer.locale(), values).body())
                .isEqualTo("【DealerHub】您反映的空调不制冷问题已转交极光上海浦东，王站长，13800001234，将与您联系。");
        assertThat(TemplateTexts.render(Template.COMPLAINT_TO_CUSTOMER, Channel.SMS, Locale.ENGLISH, values).body())
                .isEqualTo("[DealerHub] Your 空调不制冷 issue has been assigned to 极光上海浦东, 王站长, 13800001234, who will contact you.");
    }

    @Test
    void anEnglishRecipientGetsEnglishAndAnyOtherLanguageChinese() {
        Map<String, String> values = Map.of("number", "CP-1", "clock", "CONTACT", "dueAt", "2026-12-03 17:30");
        assertThat(TemplateTexts.render(Template.SLA_BREACHED, Channel.EMAIL, Locale.UK, values).subject()).isEqualTo("Case CP-1: CONTACT overdue");
        assertThat(TemplateTexts.render(Template.SLA_BREACHED, Channel.EMAIL, Locale.GERMAN, values).subject()).isEqualTo("案件 CP-1：CONTACT 已超时");
        assertThat(TemplateTexts.render(Template.SLA_BREACHED, Channel.INBOX, null, values).body()).isEqualTo("应于 2026-12-03 17:30 完成。");
    }

    @Test
    void aValueGivenAsTextIsNotReadAsAPlaceholderOrAReplacementPattern() {
        Map<String, String> values = Map.of("number", "CP-2", "reply", "price $1 {number} \\ done");
        assertThat(TemplateTexts.render(Template.CASE_REPLY, Channel.INBOX, Locale.ENGLISH, values).body()).isEqualTo("price $1 {number} \\ done");
    }

    @Test
    void aMissingValueIsAProgrammingErrorNotABlank() {
        assertThatThrownBy(() -> TemplateTexts.render(Template.CASE_REPLY, Channel.SMS, Locale.ENGLISH, Map.of("number", "CP-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reply");
    }

    @Test
    void theTimelineNamesTheChannelsAndMasksACustomersNumber() {
        assertThat(NotificationRows.note(Template.COMPLAINT_TO_CUSTOMER, Recipient.customer("李女士", "13812345678")))
                .isEqualTo("COMPLAINT_TO_CUSTOMER by SMS to 138****5678");
        Recipient manager = new Recipient("aurora-e01-admin", "王伟", "wang@example.com", "13900000001", null);
        assertThat(NotificationRows.note(Template.SLA_BREACHED, manager)).isEqualTo("SLA_BREACHED by INBOX, EMAIL, SMS to aurora-e01-admin");
        assertThat(manager.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
