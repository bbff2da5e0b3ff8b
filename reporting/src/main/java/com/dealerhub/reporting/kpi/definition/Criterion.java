package com.dealerhub.reporting.kpi.definition;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * One condition a record meets to belong to a KPI's population. Each condition is both a query
 * on the index and a test of one indexed document, so that a definition is checked on small
 * hand-computed data exactly as the index reads it: a missing field never matches a value, and
 * "false" means "not true" (a DMS may leave a false flag out).
 */
public sealed interface Criterion {

    Query query();

    boolean matches(JsonObject document);

    static Criterion is(String field, String value) {
        return new Is(field, List.of(value));
    }

    static Criterion isAnyOf(String field, String... values) {
        return new Is(field, List.of(values));
    }

    static Criterion isTrue(String field) {
        return new IsTrue(field);
    }

    static Criterion isNotTrue(String field) {
        return new IsNotTrue(field);
    }

    static Criterion present(String field) {
        return new Present(field);
    }

    /** The field (or one of its values, for a list) is one of the values. */
    record Is(String field, List<String> values) implements Criterion {
        @Override
        public Query query() {
            return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
        }

        @Override
        public boolean matches(JsonObject document) {
            return Fields.values(document, field).stream().anyMatch(values::contains);
        }
    }

    record IsTrue(String field) implements Criterion {
        @Override
        public Query query() {
            return Query.of(q -> q.term(t -> t.field(field).value(true)));
        }

        @Override
        public boolean matches(JsonObject document) {
            return Fields.value(document, field) == JsonValue.TRUE;
        }
    }

    record IsNotTrue(String field) implements Criterion {
        @Override
        public Query query() {
            return Query.of(q -> q.bool(b -> b.mustNot(n -> n.term(t -> t.field(field).value(true)))));
        }

        @Override
        public boolean matches(JsonObject document) {
            return Fields.value(document, field) != JsonValue.TRUE;
        }
    }

    record Present(String field) implements Criterion {
        @Override
        public Query query() {
            return Query.of(q -> q.exists(e -> e.field(field)));
        }

        @Override
        public boolean matches(JsonObject document) {
            JsonValue value = Fields.value(document, field);
            return value != null && value != JsonValue.NULL;
        }
    }

    /** Reads dotted paths ({@code clockStatus.CONTACT}) the way the index flattens them. */
    final class Fields {
        private Fields() {
        }

        static JsonValue value(JsonObject document, String path) {
            JsonValue current = document;
            for (String part : path.split("\\.")) {
                if (!(current instanceof JsonObject object) || !object.containsKey(part)) {
                    return null;
                }
                current = object.get(part);
            }
            return current;
        }

        static List<String> values(JsonObject document, String path) {
            JsonValue value = value(document, path);
            if (value instanceof JsonString text) {
                return List.of(text.getString());
            }
            if (value instanceof JsonArray array) {
                return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
            }
            return List.of();
        }
    }
}
