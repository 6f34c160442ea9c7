package org.bluelamp.relay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one range a player asks for, the bytes it means of a recording, and what is answered with the whole. */
class ByteRangeTest {

    @Test
    void oneRangeIsTheBytesItNamesWithinTheRecording() {
        assertThat(ByteRange.parse("bytes=1-").orElseThrow().of(65)).hasValueSatisfying(span ->
                assertThat(span.described()).isEqualTo("1-64/65"));
        assertThat(ByteRange.parse("bytes=30-49").orElseThrow().of(65).orElseThrow().length()).isEqualTo(20);
        assertThat(ByteRange.parse("bytes=30-999").orElseThrow().of(65).orElseThrow().described()).isEqualTo("30-64/65");
        assertThat(ByteRange.parse("bytes=-5").orElseThrow().of(65).orElseThrow().described()).isEqualTo("60-64/65");
        assertThat(ByteRange.parse("bytes=-500").orElseThrow().of(65).orElseThrow().described()).isEqualTo("0-64/65");
    }

    @Test
    void aRangeOfNoneOfItsBytesIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=65-").orElseThrow().of(65)).isEmpty();
        assertThat(ByteRange.parse("bytes=9-3").orElseThrow().of(65)).isEmpty();
        assertThat(ByteRange.parse("bytes=-0").orElseThrow().of(65)).isEmpty();
    }

    @Test
    void severalRangesOtherUnitsAndNonsenseAreAnsweredWithTheWhole() {
        assertThat(ByteRange.parse(null)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-9, 20-29")).isEmpty();
        assertThat(ByteRange.parse("items=0-9")).isEmpty();
        assertThat(ByteRange.parse("bytes=-")).isEmpty();
        assertThat(ByteRange.parse("bytes=99999999999999999999-")).isEmpty();
    }
}
