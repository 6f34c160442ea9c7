package org.bluelamp.bench;

import java.util.Arrays;
import java.util.Collection;

/** Response times of one worker's requests, merged across workers at the end to read percentiles. */
final class Samples {

    private long[] nanos = new long[1024];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    static Samples merge(Collection<Samples> parts) {
        var all = new Samples();
        all.nanos = new long[Math.max(1, parts.stream().mapToInt(Samples::size).sum())];
        for (Samples part : parts) {
            System.arraycopy(part.nanos, 0, all.nanos, all.size, part.size);
            all.size += part.size;
        }
        Arrays.sort(all.nanos, 0, all.size);
        return all;
    }

    /** The given percentile of a merged (sorted) set, in milliseconds. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100 * size) - 1;
        return nanos[Math.clamp(index, 0, size - 1)] / 1_000_000.0;
    }
}
