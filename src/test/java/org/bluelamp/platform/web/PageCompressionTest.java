package org.bluelamp.platform.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PageCompressionTest {

    @Test
    void gzipIsUsedOnlyWhereTheBrowserAcceptsIt() {
        assertThat(PageCompression.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(PageCompression.acceptsGzip("GZIP")).isTrue();
        assertThat(PageCompression.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PageCompression.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCompression.acceptsGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(PageCompression.acceptsGzip("deflate, br")).isFalse();
        assertThat(PageCompression.acceptsGzip("x-gzip-ish")).isFalse();
        assertThat(PageCompression.acceptsGzip(null)).isFalse();
    }

    @Test
    void aGzippedPageReadsBackAsItWasAndIsSmaller() throws IOException {
        byte[] page = "<p>Ydych chi’n ddiogel? Are you safe?</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);

        byte[] gzipped = PageCompression.gzip(page);

        assertThat(gzipped.length).isLessThan(page.length / 10);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(page);
        }
    }
}
