package com.dealerhub.reporting.indexing;

/**
 * The index of the dealers' service-process feed (ADR 0018): one document per DMS record, its id
 * the record's id, its external version the record's version. Readers (KPIs, drill-downs, exports)
 * use only the alias {@value #ALIAS}; a reindex replaces the index behind it without downtime.
 * The derived booleans are computed by the platform when it stores the record, not here.
 */
public final class FeedIndex {

    public static final String ALIAS = "dealerhub-feed";

    private static final String MAPPING = """
            {
              "dynamic": false,
              "properties": {
                "id":          {"type": "keyword"},
                "network":     {"type": "keyword"},
                "dealerCode":  {"type": "keyword"},
                "dealerName":  {"type": "keyword"},
                "regionCode":  {"type": "keyword"},
                "regionName":  {"type": "keyword"},
                "kind":        {"type": "keyword"},
                "number":      {"type": "keyword"},
                "occurredAt":  {"type": "date"},
                "version":     {"type": "long"},

                "madeAt":          {"type": "date"},
                "initiative":      {"type": "keyword"},
                "scheduledFor":    {"type": "date"},
                "arrivedAt":       {"type": "date"},
                "arrived":         {"type": "boolean"},
                "arrivedOnTime":   {"type": "boolean"},
                "completedOnTime": {"type": "boolean"},

                "openedAt":           {"type": "date"},
                "vin":                {"type": "keyword"},
                "mileage":            {"type": "long"},
                "byAppointment":      {"type": "boolean"},
                "repeatRepair":       {"type": "boolean"},
                "shortOfParts":       {"type": "boolean"},
                "qcDone":             {"type": "boolean"},
                "qcPassed":           {"type": "boolean"},
                "estimateAmount":     {"type": "double"},
                "actualAmount":       {"type": "double"},
                "estimateAccurate":   {"type": "boolean"},
                "promisedAt":         {"type": "date"},
                "deliveredAt":        {"type": "date"},
                "delivered":          {"type": "boolean"},
                "deliveredOnTime":    {"type": "boolean"},
                "qualityRelated":     {"type": "boolean"},
                "problemCode":        {"type": "keyword"},
                "seriousSafetyFault": {"type": "boolean"},
                "majorPartReplaced":  {"type": "keyword"},
                "partsTransportDays": {"type": "long"},

                "repairOrder":            {"type": "keyword"},
                "calledAt":               {"type": "date"},
                "reached":                {"type": "boolean"},
                "satisfied":              {"type": "boolean"},
                "withinThreeWorkingDays": {"type": "boolean"},
                "withinSevenDays":        {"type": "boolean"},

                "receivedAt":      {"type": "date"},
                "handledInTime":   {"type": "boolean"},
                "closed":          {"type": "boolean"},
                "closedSatisfied": {"type": "boolean"},

                "requestedAt":           {"type": "date"},
                "dispatched":            {"type": "boolean"},
                "restoredToDrive":       {"type": "boolean"},
                "firstAttemptSucceeded": {"type": "boolean"},
                "customerSatisfied":     {"type": "boolean"}
              }
            }""";

    public static final SearchIndex.Shape SHAPE = new SearchIndex.Shape(ALIAS, MAPPING);

    private FeedIndex() {
    }
}
