package org.bluelamp.platform.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One figure, or one figure per value of a single label (a queue, a channel), holding the value of the last refresh:
 * reading it costs nothing. A label value that has gone from the latest refresh reads 0 rather than vanishing, so a
 * queue that empties shows 0. Labels name a small fixed set (queues, channels), never a person or a reference.
 */
public final class FigureGauge {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String unit;
    private final String label;
    private final Map<String, Value> values = new ConcurrentHashMap<>();

    private FigureGauge(MeterRegistry registry, String name, String description, String unit, String label) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.unit = unit;
        this.label = label;
    }

    /** A figure with no label, e.g. {@code bluelamp.relay.callers.waiting}. */
    public static FigureGauge of(MeterRegistry registry, String name, String description) {
        return new FigureGauge(registry, name, description, null, null);
    }

    /** A figure in seconds: Prometheus shows it as {@code <name>_seconds}. */
    public static FigureGauge seconds(MeterRegistry registry, String name, String description) {
        return new FigureGauge(registry, name, description, "seconds", null);
    }

    /** This figure per value of {@code label}; {@code known} values read 0 from the start. */
    public FigureGauge per(String label, String... known) {
        var labelled = new FigureGauge(registry, name, description, unit, label);
        for (String value : known) {
            labelled.value(value);
        }
        return labelled;
    }

    /** Sets the figure (one with no label). */
    public void set(double value) {
        value("").value = value;
    }

    /** Sets the figure for each label value given, and 0 for every one seen before but not given now. */
    public void setAll(Map<String, ? extends Number> byLabel) {
        values.keySet().forEach(known -> {
            if (!byLabel.containsKey(known)) {
                values.get(known).value = 0;
            }
        });
        byLabel.forEach((labelValue, value) -> value(labelValue).value = value.doubleValue());
    }

    /** How long ago {@code since} was, in seconds; 0 when there is nothing waiting (null) or it is in the future. */
    public static double secondsSince(Instant since, Instant now) {
        return since == null || since.isAfter(now) ? 0 : Duration.between(since, now).toMillis() / 1000.0;
    }

    private Value value(String labelValue) {
        return values.computeIfAbsent(labelValue, key -> {
            var value = new Value();
            var builder = Gauge.builder(name, value, v -> v.value).description(description).strongReference(true);
            if (unit != null) {
                builder.baseUnit(unit);
            }
            if (label != null) {
                builder.tag(label, key);
            }
            builder.register(registry);
            return value;
        });
    }

    private static final class Value {
        volatile double value;
    }
}
