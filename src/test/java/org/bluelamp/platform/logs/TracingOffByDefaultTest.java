package org.bluelamp.platform.logs;

import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings no trace is sent anywhere: no span or log exporter exists to try a
 * collector that is not there (and fill the log with its failures).
 */
@BluelampTest
class TracingOffByDefaultTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectProvider<Tracer> tracer;

    @Test
    void noTracesAreMadeOrExportedWithTheDefaultSettings() {
        assertThat(context.getBeanNamesForType(SpanExporter.class)).isEmpty();
        assertThat(context.getBeanNamesForType(LogRecordExporter.class)).isEmpty();
        assertThat(tracer.getObject().currentSpan()).isNull();
        assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                .noneMatch(name -> name.contains("OkHttp"));
    }
}
