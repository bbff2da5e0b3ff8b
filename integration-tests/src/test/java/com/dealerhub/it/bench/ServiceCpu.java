package com.dealerhub.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time spent by each service of the local stack and by the benchmark itself, to tell where a
 * phase's time went. A service is the process in the launcher's pid file with its children, the
 * living ones and those it has reaped (PostgreSQL's closed connections), as Linux's
 * {@code /proc/<pid>/stat} counts them.
 */
final class ServiceCpu {

    private static final String BENCHMARK = "benchmark";
    /** USER_HZ, 100 on every Linux platform the stack runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** CPU time per service at one moment. */
    record Snapshot(Map<String, Duration> used) {

        /** CPU time of all services together between {@code earlier} and this snapshot. */
        Duration since(Snapshot earlier) {
            return used.entrySet().stream().map(e -> e.getValue().minus(earlier.used.getOrDefault(e.getKey(), Duration.ZERO)))
                    .reduce(Duration.ZERO, Duration::plus);
        }

        /** CPU milliseconds per claim of each service between {@code earlier} and this snapshot. */
        String perClaim(Snapshot earlier, long claims) {
            if (claims == 0 || used.isEmpty()) {
                return "n/a";
            }
            double total = 0;
            StringBuilder line = new StringBuilder();
            for (var entry : used.entrySet()) {
                double millis = entry.getValue().minus(earlier.used.getOrDefault(entry.getKey(), Duration.ZERO)).toNanos() / 1e6 / claims;
                total += millis;
                line.append(String.format("%s %.1f, ", entry.getKey(), millis));
            }
            return line.append(String.format("total %.1f ms", total)).toString();
        }
    }

    private final Path pidDirectory;

    /** {@code pidDirectory} holds one {@code <service>.pid} per service; without it only the benchmark is measured. */
    ServiceCpu(String pidDirectory) {
        this.pidDirectory = pidDirectory == null ? null : Path.of(pidDirectory);
    }

    Snapshot snapshot() {
        Map<String, Duration> used = new LinkedHashMap<>();
        for (var service : services().entrySet()) {
            ProcessHandle.of(service.getValue()).ifPresent(process -> used.put(service.getKey(), treeCpu(process)));
        }
        used.put(BENCHMARK, cpu(ProcessHandle.current()));
        return new Snapshot(used);
    }

    private Map<String, Long> services() {
        if (pidDirectory == null || !Files.isDirectory(pidDirectory)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(pidDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted()
                    .flatMap(f -> pid(f).stream().map(pid -> Map.entry(f.getFileName().toString().replace(".pid", ""), pid)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration treeCpu(ProcessHandle root) {
        Duration living = root.descendants().map(p -> ticks(p.pid(), false)).reduce(Duration.ZERO, Duration::plus);
        return living.plus(ticks(root.pid(), true));
    }

    private static Duration cpu(ProcessHandle process) {
        return ticks(process.pid(), false);
    }

    /** User and system time from {@code /proc/<pid>/stat}, with that of reaped children if asked. */
    private static Duration ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The fields after the parenthesised command name; utime is field 14 of the whole line.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }
}
