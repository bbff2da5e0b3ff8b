package com.dealerhub.it.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collected durations in milliseconds, with their percentiles. */
final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    String summary() {
        return "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)".formatted(percentile(50), percentile(99), percentile(100), count());
    }
}
