package com.dealerhub.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine's podman (rootful, as bin/dealerhub test runs), for booting the container image. */
public final class Podman {

    private Podman() {
    }

    /** Runs podman with these arguments and returns its output; fails when podman does. */
    public static String run(String... args) {
        Result result = attempt(args);
        if (result.exit() != 0) {
            throw new IllegalStateException("podman " + String.join(" ", args) + " failed (" + result.exit() + "):\n" + result.output());
        }
        return result.output();
    }

    /** Runs podman with these arguments, whatever its exit status. */
    public static Result attempt(String... args) {
        List<String> command = new ArrayList<>(List.of(System.getProperty("dealerhub.podman", "podman")));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("podman " + String.join(" ", args) + " timed out");
            }
            return new Result(process.exitValue(), output.strip());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run podman", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exit, String output) {
    }
}
