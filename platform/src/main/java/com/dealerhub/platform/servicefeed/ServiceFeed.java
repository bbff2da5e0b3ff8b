package com.dealerhub.platform.servicefeed;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.sla.WorkingCalendar;
import com.dealerhub.platform.cases.sla.WorkingCalendars;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.servicefeed.events.EventError;
import com.dealerhub.platform.servicefeed.events.EventReader;
import com.dealerhub.platform.servicefeed.events.FeedErrorCode;
import com.dealerhub.platform.servicefeed.events.FeedEvent;
import com.dealerhub.platform.servicefeed.rules.FeedDocument;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.threeguarantees.RepairOrderFacts;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Receives a DMS batch in one transaction: each event is judged on its own, the good ones are
 * logged and applied to their records, every record change goes to the outbox with it.
 */
@TenantService
public class ServiceFeed {

    /** The dealer roles whose DMS sends the feed. */
    static final Set<String> SENDERS = Set.of("dealer-admin", "dealer-advisor");

    @Inject
    Clock clock;

    @Inject
    FeedStore store;

    @Inject
    Outbox outbox;

    @Inject
    WorkingCalendars calendars;

    @Inject
    RepairOrderStanding standing;

    public FeedBatchResult receive(List<JsonObject> events) {
        Caller caller = CurrentCaller.require();
        if (!caller.isDealerStaff() || SENDERS.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("a dealer's administrator or service advisor sends its service-process feed");
        }
        Instant now = clock.instant();
        Supplier<WorkingCalendar> calendar = once(() -> calendars.of(caller.network()));
        List<FeedBatchResult.Item> results = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            results.add(receiveOne(caller, events.get(i), i, now, calendar));
        }
        return FeedBatchResult.of(results);
    }

    private FeedBatchResult.Item receiveOne(Caller caller, JsonObject json, int index, Instant now,
                                            Supplier<WorkingCalendar> calendar) {
        EventReader.Reading reading = EventReader.read(json, index, now);
        if (!reading.accepted()) {
            return new FeedBatchResult.Item(EventReader.textOf(json, "key"), FeedBatchResult.Status.REFUSED,
                    EventReader.textOf(json, "kind"), EventReader.textOf(json, "number"), reading.errors(), null);
        }
        FeedEvent event = reading.event();
        Optional<RepairOrderFacts> repairOrder;
        try {
            repairOrder = RepairOrderStanding.factsOf(event);
        } catch (InvalidField e) {
            return new FeedBatchResult.Item(event.key(), FeedBatchResult.Status.REFUSED, event.kind().name(), event.number(),
                    List.of(new EventError("events[" + index + "]." + e.field(), FeedErrorCode.NOT_ALLOWED, e.getMessage())), null);
        }
        JsonObject[] threeGuarantees = {null};
        FeedStore.LoggedEvent logged = store.log(caller.network(), caller.dealer(), event, now);
        FeedBatchResult.Status status = switch (logged.outcome()) {
            case NEW -> {
                Optional<UUID> changed = store.applySnapshot(caller.network(), caller.dealer(), event, logged.id(),
                        FeedDocument.of(event, calendar), now);
                changed.ifPresent(outbox::recordFeedChangeOf);
                if (changed.isPresent() && repairOrder.isPresent()) {
                    threeGuarantees[0] = standing.record(caller.dealer(), repairOrder.get());
                }
                yield FeedBatchResult.Status.ACCEPTED;
            }
            case SAME_CONTENT -> FeedBatchResult.Status.UNCHANGED;
            case OTHER_CONTENT -> FeedBatchResult.Status.REFUSED;
        };
        List<EventError> errors = status != FeedBatchResult.Status.REFUSED ? List.of()
                : List.of(new EventError("events[" + index + "].key", FeedErrorCode.KEY_REUSED,
                "was used before by this dealer for another event"));
        if (status != FeedBatchResult.Status.REFUSED && threeGuarantees[0] == null) {
            threeGuarantees[0] = standing.current(caller.network(), event);
        }
        return new FeedBatchResult.Item(event.key(), status, event.kind().name(), event.number(), errors, threeGuarantees[0]);
    }

    private static <T> Supplier<T> once(Supplier<T> loader) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = loader.get();
                }
                return value;
            }
        };
    }
}
