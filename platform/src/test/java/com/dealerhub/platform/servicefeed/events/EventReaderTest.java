package com.dealerhub.platform.servicefeed.events;

import com.dealerhub.platform.servicefeed.rules.FeedDocument;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.dealerhub.common.json.Jsons.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Each event judged on its own, every problem named by its path and code; time from a fixed clock. */
class EventReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);

    private static JsonObject json(String text) {
        return JSON.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static final String REPAIR_ORDER = "{'key':'k1','kind':'REPAIR_ORDER','number':'RO-1','occurredAt':'2026-03-09T10:00:00+08:00',"
            + "'openedAt':'2026-03-09T09:00:00+08:00','vin':'LDHPWJYHXHL309391','mileage':12000,"
            + "'estimateAmount':1000,'actualAmount':1100,'promisedAt':'2026-03-09T17:00:00+08:00','deliveredAt':'2026-03-09T16:00:00+08:00'}";

    @Test
    void aGoodRepairOrderGetsItsFieldsInCanonicalFormAndItsDerivedFlags() {
        EventReader.Reading reading = EventReader.read(json(REPAIR_ORDER), 0, CLOCK.instant());
        assertThat(reading.errors()).isEmpty();
        FeedEvent event = reading.event();
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
        JsonObject document = FeedDocument.of(event, () -> {
            throw new AssertionError("a repair order needs no calendar");
        });
        assertThat(document.getString("openedAt")).isEqualTo("2026-03-09T01:00:00Z");
        assertThat(document.getBoolean("repeatRepair")).as("omitted flag").isFalse();
        assertThat(document.containsKey("problemCode")).isFalse();
        assertThat(document.getBoolean("estimateAccurate")).isTrue();
        assertThat(document.getBoolean("delivered")).isTrue();
        assertThat(document.getBoolean("deliveredOnTime")).isTrue();
    }

    @Test
    void everyBadFieldIsNamedWithItsPathAndCode() {
        String bad = "{'key':'','kind':'REPAIR_ORDER','number':'RO-1','occurredAt':'2026-03-09T10:00:00',"
                + "'openedAt':'2026-03-09T09:00:00+08:00','vin':'LDHPWJYHXHL30939I','mileage':-1,'qcDone':'yes',"
                + "'majorPartReplaced':'WHEEL','colour':'red'}";
        EventReader.Reading reading = EventReader.read(json(bad), 3, CLOCK.instant());
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.errors()).extracting(EventError::field, EventError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("events[3].key", FeedErrorCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("events[3].occurredAt", FeedErrorCode.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("events[3].vin", FeedErrorCode.INVALID_VIN),
                org.assertj.core.groups.Tuple.tuple("events[3].mileage", FeedErrorCode.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("events[3].qcDone", FeedErrorCode.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("events[3].majorPartReplaced", FeedErrorCode.NOT_ALLOWED),
                org.assertj.core.groups.Tuple.tuple("events[3].colour", FeedErrorCode.UNKNOWN_FIELD));
    }

    @Test
    void anUnknownKindAndMissingRequiredFieldsAreRefused() {
        assertThat(EventReader.read(json("{'key':'k','kind':'TEST_DRIVE','number':'1','occurredAt':'2026-03-09T10:00:00Z'}"), 0,
                CLOCK.instant()).errors()).extracting(EventError::code).containsExactly(FeedErrorCode.UNKNOWN_KIND);
        assertThat(EventReader.read(json("{'key':'k','kind':'APPOINTMENT','number':'1','occurredAt':'2026-03-09T10:00:00Z'}"), 0,
                CLOCK.instant()).errors()).extracting(EventError::field)
                .containsExactly("events[0].madeAt", "events[0].initiative", "events[0].scheduledFor");
    }

    @Test
    void anEventUpToOneDayAheadOfTheServerIsAcceptedAndOneSecondMoreIsNot() {
        Instant limit = CLOCK.instant().plusSeconds(24 * 3600);
        String complaint = "{'key':'c','kind':'COMPLAINT','number':'C-1','occurredAt':'%s','receivedAt':'2026-03-09T10:00:00Z'}";
        assertThat(EventReader.read(json(complaint.formatted(limit)), 0, CLOCK.instant()).accepted()).isTrue();
        assertThat(EventReader.read(json(complaint.formatted(limit.plusSeconds(1))), 0, CLOCK.instant()).errors())
                .extracting(EventError::field, EventError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("events[0].occurredAt", FeedErrorCode.IN_FUTURE));
    }

    @Test
    void textLimitsAreCountedInCharacters() {
        String key = "键".repeat(100);
        String complaint = "{'key':'%s','kind':'COMPLAINT','number':'C-1','occurredAt':'2026-03-09T10:00:00Z','receivedAt':'2026-03-09T10:00:00Z'}";
        assertThat(EventReader.read(json(complaint.formatted(key)), 0, CLOCK.instant()).accepted()).isTrue();
        assertThat(EventReader.read(json(complaint.formatted(key + "x")), 0, CLOCK.instant()).errors())
                .extracting(EventError::code).containsExactly(FeedErrorCode.TOO_LONG);
    }
}
