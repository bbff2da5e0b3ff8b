package com.dealerhub.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running test stack, as started by {@code bin/dealerhub test}: its addresses come in as
 * system properties, and its parts can be stopped and started through the same launcher.
 */
public final class Stack {

    private Stack() {
    }

    public static String wildfly() {
        return property("dealerhub.wildfly.url");
    }

    public static String management() {
        return property("dealerhub.wildfly.management.url");
    }

    public static String keycloak() {
        return property("dealerhub.keycloak.url");
    }

    public static String elasticsearch() {
        return property("dealerhub.es.url");
    }

    /** GreenMail's REST API: the mail the platform sent, per recipient address. */
    public static String greenmail() {
        return property("dealerhub.greenmail.url");
    }

    public static String databaseUrl() {
        return property("dealerhub.db.url");
    }

    public static String databasePassword() {
        return property("dealerhub.db.password");
    }

    /** Password of the worker role, which background work uses and which alone may enter the SYSTEM scope. */
    public static String workerDatabasePassword() {
        return property("dealerhub.db.worker.password");
    }

    public static String demoPassword() {
        return property("dealerhub.demo.password");
    }

    /** Stops one part (postgres, kafka, elasticsearch, keycloak, greenmail, wildfly) of the test stack. */
    public static void stop(String part) {
        launcher("stop", part);
    }

    /** Kills one part at once with SIGKILL, as a crash would: no shutdown hook, nothing flushed. */
    public static void kill(String part) {
        try {
            long pid = Long.parseLong(Files.readString(Path.of(property("dealerhub.pids"), part + ".pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(part + " is not running"));
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot kill " + part, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts one part and waits until it is healthy. */
    public static void start(String part) {
        launcher("start", part);
    }

    private static void launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(property("dealerhub.launcher")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DEALERHUB_INSTANCE", property("dealerhub.stack.instance"));
        try {
            Process process = builder.start();
            if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/dealerhub " + String.join(" ", args) + " timed out");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("bin/dealerhub " + String.join(" ", args) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the integration tests with bin/dealerhub test");
        }
        return value;
    }
}
