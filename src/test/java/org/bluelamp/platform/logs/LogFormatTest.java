package org.bluelamp.platform.logs;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The log's two formats as application.yml and BLUELAMP_LOG_FORMAT set them, run in a logback of the test's own
 * (the application's logging is left alone): JSON is one object a line and carries the request id; text shows the
 * id on a request's lines and nothing extra on the others.
 */
class LogFormatTest {

    @Test
    void jsonIsOneObjectALineWithTheRequestIdTheResponseCarries() throws Exception {
        var environment = settings("json");
        assertThat(environment.getProperty(LogFormat.STRUCTURED)).isEqualTo("ecs");
        var encoder = new StructuredLogEncoder();
        encoder.setFormat(environment.getProperty(LogFormat.STRUCTURED));

        var log = logTo(encoder, environment);
        var response = request(log.logger(), null);
        log.logger().info("Outside a request");

        var lines = log.lines();
        assertThat(lines).hasSize(3);
        var json = JsonMapper.builder().build();
        String id = response.getHeader(RequestIds.HEADER);
        JsonNode inRequest = json.readTree(lines[0]);
        assertThat(inRequest.at("/message").asString()).isEqualTo("In a request");
        assertThat(requestId(inRequest)).isEqualTo(id);
        JsonNode failure = json.readTree(lines[1]);
        assertThat(requestId(failure)).isEqualTo(id);
        assertThat(failure.at("/error/stack_trace").asString()).contains("IllegalStateException: kept on one line");
        assertThat(requestId(json.readTree(lines[2]))).isNull();
    }

    @Test
    void textShowsTheRequestIdOnARequestsLinesOnly() throws Exception {
        var environment = settings("text");
        assertThat(environment.getProperty(LogFormat.STRUCTURED)).isNull();
        var encoder = new PatternLayoutEncoder();
        encoder.setPattern(environment.getProperty("logging.pattern.correlation") + "%m%n%nopex");

        var log = logTo(encoder, environment);
        var response = request(log.logger(), "nginx-6f1c0a2b9d");
        log.logger().info("Outside a request");

        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("nginx-6f1c0a2b9d");
        assertThat(log.lines()).containsExactly("[nginx-6f1c0a2b9d] In a request", "[nginx-6f1c0a2b9d] Failed",
                "Outside a request");
    }

    @Test
    void anIdOfferedByTheProxyIsKeptOnlyIfShortAndPlain() throws Exception {
        var log = logTo(plain(), settings("text"));
        for (String offered : new String[]{"alex@example.com", "x".repeat(65), "a b", "id\nforged line", ""}) {
            var response = request(log.logger(), offered);
            assertThat(response.getHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
        }
        assertThat(request(log.logger(), "A".repeat(64)).getHeader(RequestIds.HEADER)).isEqualTo("A".repeat(64));
    }

    @Test
    void anUnknownFormatIsRefusedWithTheSettingsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings("xml"))
                .withMessage("BLUELAMP_LOG_FORMAT (bluelamp.logs.format) is \"xml\": it can be text or json.");
    }

    private static String requestId(JsonNode line) {
        // ECS nests a dotted key: {"http":{"request":{"id":"..."}}}
        JsonNode id = line.at("/http/request/id");
        return id.isMissingNode() ? null : id.asString();
    }

    /** application.yml, with BLUELAMP_LOG_FORMAT set, as LogFormat leaves it before logging starts. */
    private static ConfigurableEnvironment settings(String format) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("BLUELAMP_LOG_FORMAT", format)));
        for (var source : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        new LogFormat().postProcessEnvironment(environment, null);
        return environment;
    }

    /** A request through the filter, whose handler logs a line and a failure; its response. */
    private static MockHttpServletResponse request(Logger logger, String offeredId) throws Exception {
        var request = new MockHttpServletRequest("GET", "/report/crime");
        if (offeredId != null) {
            request.addHeader(RequestIds.HEADER, offeredId);
        }
        var response = new MockHttpServletResponse();
        new RequestIds().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                logger.info("In a request");
                logger.warn("Failed", new IllegalStateException("kept on one line"));
            }
        }));
        assertThat(org.slf4j.MDC.get(RequestIds.KEY)).as("cleared after the request").isNull();
        return response;
    }

    private static Encoder<ILoggingEvent> plain() {
        var encoder = new PatternLayoutEncoder();
        encoder.setPattern("%m%n");
        return encoder;
    }

    private record CapturedLog(Logger logger, ByteArrayOutputStream out) {
        String[] lines() {
            return out.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
        }
    }

    private static CapturedLog logTo(Encoder<ILoggingEvent> encoder, Environment environment) {
        var context = new LoggerContext();
        // The MDC the filter writes to is the application's: this logback reads the same.
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        context.start();
        context.putObject(Environment.class.getName(), environment);
        encoder.setContext(context);
        encoder.start();
        var out = new ByteArrayOutputStream();
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        var logger = context.getLogger("org.bluelamp.test");
        logger.addAppender(appender);
        return new CapturedLog(logger, out);
    }
}
