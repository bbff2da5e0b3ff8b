package com.dealerhub.common.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look it up
 * through {@link java.util.ServiceLoader} on every call, which reads the deployment's jars under
 * a lock: under load, request threads queue on it.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
