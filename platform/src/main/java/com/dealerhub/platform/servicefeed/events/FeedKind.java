package com.dealerhub.platform.servicefeed.events;

import java.util.List;

import static com.dealerhub.platform.servicefeed.events.FieldSpec.optional;
import static com.dealerhub.platform.servicefeed.events.FieldSpec.required;

/** The kinds of DMS record the feed carries, each with its own fields (the feed contract). */
public enum FeedKind {

    APPOINTMENT(List.of(
            required("madeAt", Types.INSTANT),
            required("initiative", new ChoiceField(List.of("ACTIVE", "PASSIVE"))),
            required("scheduledFor", Types.INSTANT),
            optional("arrivedAt", Types.INSTANT),
            optional("completedOnTime", Types.FLAG))),

    REPAIR_ORDER(List.of(
            required("openedAt", Types.INSTANT),
            required("vin", new VinField()),
            required("mileage", Types.COUNT),
            optional("byAppointment", Types.FLAG),
            optional("repeatRepair", Types.FLAG),
            optional("shortOfParts", Types.FLAG),
            optional("qcDone", Types.FLAG),
            optional("qcPassed", Types.FLAG),
            optional("estimateAmount", Types.AMOUNT),
            optional("actualAmount", Types.AMOUNT),
            optional("promisedAt", Types.INSTANT),
            optional("deliveredAt", Types.INSTANT),
            optional("completedOnTime", Types.FLAG),
            optional("qualityRelated", Types.FLAG),
            optional("problemCode", new TextField(50)),
            optional("seriousSafetyFault", Types.FLAG),
            optional("majorPartReplaced", new ChoiceField(List.of(
                    "ENGINE", "TRANSMISSION", "TRACTION_BATTERY", "DRIVE_MOTOR", "STEERING", "BRAKES", "BODY"))),
            optional("partsTransportDays", Types.COUNT))),

    FOLLOW_UP_CALL(List.of(
            required("repairOrder", new TextField(50)),
            required("deliveredAt", Types.INSTANT),
            optional("calledAt", Types.INSTANT),
            optional("reached", Types.FLAG),
            optional("satisfied", Types.FLAG))),

    COMPLAINT(List.of(
            required("receivedAt", Types.INSTANT),
            optional("handledInTime", Types.FLAG),
            optional("closed", Types.FLAG),
            optional("closedSatisfied", Types.FLAG))),

    ROADSIDE_RESCUE(List.of(
            required("requestedAt", Types.INSTANT),
            optional("dispatched", Types.FLAG),
            optional("closed", Types.FLAG),
            optional("arrivedOnTime", Types.FLAG),
            optional("restoredToDrive", Types.FLAG),
            optional("firstAttemptSucceeded", Types.FLAG),
            optional("customerSatisfied", Types.FLAG)));

    private final List<FieldSpec> fields;

    FeedKind(List<FieldSpec> fields) {
        this.fields = fields;
    }

    List<FieldSpec> fields() {
        return fields;
    }

    private static final class Types {
        static final FieldType INSTANT = new InstantField();
        static final FieldType FLAG = new FlagField();
        static final FieldType COUNT = new CountField();
        static final FieldType AMOUNT = new AmountField();
    }
}
