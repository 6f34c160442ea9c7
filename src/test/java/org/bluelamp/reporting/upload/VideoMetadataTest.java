package org.bluelamp.reporting.upload;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Videos lose where they were made as photos do, streamed and in place, so nothing else in them moves. */
class VideoMetadataTest {

    private static final String PLACE = "+52.6369-001.1398+062.000/";

    @Test
    void aQuickTimeMovieLosesItsLocationBoxesAndNothingElseMoves() {
        byte[] uploaded = TestVideos.quicktimeWithLocation(PLACE);
        assertThat(text(uploaded)).contains(PLACE).contains("location.ISO6709");

        byte[] cleaned = VideoMetadata.strip(FileKind.QUICKTIME, uploaded);

        assertThat(cleaned).hasSameSizeAs(uploaded);
        assertThat(text(cleaned)).doesNotContain(PLACE).doesNotContain("ISO6709").doesNotContain("\u00A9xyz")
                .contains("free").contains("mvhd").contains("trak").contains("tkhd");
        int mdat = text(uploaded).indexOf("mdat");
        assertThat(Arrays.copyOfRange(cleaned, mdat, cleaned.length))
                .as("the pictures, where they were").isEqualTo(Arrays.copyOfRange(uploaded, mdat, uploaded.length));
        VideoMetadata.check(FileKind.QUICKTIME, new ByteArrayInputStream(cleaned), cleaned.length);
    }

    @Test
    void aWebmLosesItsTagsAsAVoidOfTheSameLength() {
        byte[] uploaded = TestVideos.webmWithLocation(PLACE);

        byte[] cleaned = VideoMetadata.strip(FileKind.WEBM, uploaded);

        assertThat(cleaned).hasSameSizeAs(uploaded);
        assertThat(text(cleaned)).doesNotContain(PLACE).doesNotContain("RECORDING_LOCATION");
        int tags = text(uploaded).indexOf("\u0012\u0054\u00C3\u0067");
        assertThat(cleaned[tags] & 0xFF).as("a Void element in its place").isEqualTo(0xEC);
        assertThat(Arrays.copyOfRange(cleaned, 0, tags)).isEqualTo(Arrays.copyOfRange(uploaded, 0, tags));
        VideoMetadata.check(FileKind.WEBM, new ByteArrayInputStream(cleaned), cleaned.length);
    }

    @Test
    void videosWithoutMetadataAreKeptByteForByte() {
        for (byte[] video : List.of(TestVideos.mp4(), TestVideos.quicktime(), TestVideos.webm(), TestVideos.matroska())) {
            var kind = FileKind.sniff(video).orElseThrow();
            assertThat(VideoMetadata.strip(kind, video)).isEqualTo(video);
        }
    }

    @Test
    void aVideoCutShortOrWithABoxRunningPastItsHolderIsRefused() {
        byte[] video = TestVideos.quicktimeWithLocation(PLACE);
        byte[] cut = Arrays.copyOf(video, video.length - 100);
        assertThatThrownBy(() -> VideoMetadata.check(FileKind.QUICKTIME, new ByteArrayInputStream(cut), cut.length))
                .isInstanceOf(UnreadableFileException.class);

        byte[] overrun = video.clone();
        int mvhd = text(video).indexOf("mvhd") - 4;
        ByteBuffer.wrap(overrun).putInt(mvhd, 100_000); // larger than the moov box holding it
        assertThatThrownBy(() -> VideoMetadata.check(FileKind.QUICKTIME, new ByteArrayInputStream(overrun),
                overrun.length)).isInstanceOf(UnreadableFileException.class);

        byte[] junk = TestVideos.webm();
        junk[junk.length - 2050] = 0; // a SimpleBlock's ID made impossible
        assertThatThrownBy(() -> VideoMetadata.check(FileKind.WEBM, new ByteArrayInputStream(junk), junk.length))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void theReaderStoresAVideoWithoutItsLocationAndNeverReadsItAllAtOnce() throws Exception {
        var reader = new UploadReader(new UploadProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100)));
        byte[] video = TestVideos.quicktimeWithLocation(PLACE);
        var received = reader.read(List.of(new UploadPart("message.mov", video.length, () -> {
            throw new AssertionError("a video is never read all at once");
        }, () -> new ByteArrayInputStream(video))), true);

        assertThat(received.files()).singleElement().extracting(ReceivedFile::problem)
                .isEqualTo(ReceivedFile.Problem.NONE);
        try (var in = received.contents().values().iterator().next().open()) {
            assertThat(text(in.readAllBytes())).doesNotContain(PLACE);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, ISO_8859_1);
    }
}
