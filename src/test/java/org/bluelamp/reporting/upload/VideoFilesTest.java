package org.bluelamp.reporting.upload;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Videos are judged by their content, like every upload, and have a size limit of their own. */
class VideoFilesTest {

    @Test
    void videosAreRecognisedByTheirContainersHeader() {
        assertThat(FileKind.sniff(TestVideos.webm())).contains(FileKind.WEBM);
        assertThat(FileKind.sniff(TestVideos.matroska())).contains(FileKind.WEBM);
        assertThat(FileKind.sniff(TestVideos.mp4())).contains(FileKind.MP4);
        assertThat(FileKind.sniff(TestVideos.quicktime())).contains(FileKind.QUICKTIME);
        assertThat(FileKind.WEBM.isVideo()).isTrue();
        assertThat(FileKind.WEBM.isImage()).isFalse();
        assertThat(FileKind.MP4.mediaType()).isEqualTo("video/mp4");
    }

    @Test
    void aFileNamedAsAVideoIsNotOneUnlessItsContentIs() {
        assertThat(FileKind.sniff(TestImages.png(4, 4))).contains(FileKind.PNG);
        assertThat(FileKind.sniff("Not a video at all, just words.".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        byte[] ebmlOfAnotherKind = TestVideos.webm();
        System.arraycopy("abcd".getBytes(StandardCharsets.US_ASCII), 0, ebmlOfAnotherKind, 24, 4);
        assertThat(FileKind.sniff(ebmlOfAnotherKind)).as("EBML, but not WebM or Matroska").isEmpty();
        byte[] boxTooSmall = TestVideos.mp4();
        boxTooSmall[3] = 4;
        assertThat(FileKind.sniff(boxTooSmall)).as("an ftyp box smaller than its own header").isEmpty();
        assertThat(FileKind.sniff("ftyp".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aVideoIsKeptAsItCameWhereAQuestionTakesVideo() {
        var reader = new UploadReader(new UploadProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100)));
        byte[] video = TestVideos.webm();
        var received = reader.read(List.of(new UploadPart("message.webm", video.length, () -> {
            throw new AssertionError("a video is never read all at once");
        }, () -> new ByteArrayInputStream(video))), true);
        assertThat(received.files()).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(FileKind.WEBM);
            assertThat(file.problem()).isEqualTo(ReceivedFile.Problem.NONE);
            assertThat(file.size()).isEqualTo(video.length);
        });
        assertThat(received.contents().values()).singleElement().satisfies(content -> {
            assertThat(content.size()).isEqualTo(video.length);
            try (var in = content.open()) {
                assertThat(in.readAllBytes()).isEqualTo(video);
            }
        });
    }

    @Test
    void aVideoOverTheVideoLimitIsRefusedWithoutBeingRead() {
        var reader = new UploadReader(new UploadProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(5)));
        long sixMegabytes = DataSize.ofMegabytes(6).toBytes();
        var tooBig = new UploadPart("long.mp4", sixMegabytes, () -> {
            throw new AssertionError("a file over the limit is never read");
        });
        assertThat(reader.read(List.of(tooBig), true).files()).singleElement()
                .extracting(ReceivedFile::problem).isEqualTo(ReceivedFile.Problem.TOO_LARGE);
        assertThat(reader.maxSize(true)).isEqualTo(DataSize.ofMegabytes(5).toBytes());

        byte[] video = TestVideos.mp4();
        var underTheVideoLimit = new UploadPart("clip.mp4", DataSize.ofMegabytes(2).toBytes(), () -> video);
        assertThat(reader.read(List.of(underTheVideoLimit), false).files()).singleElement()
                .extracting(ReceivedFile::problem).as("a photo question keeps the photo limit")
                .isEqualTo(ReceivedFile.Problem.TOO_LARGE);
        assertThat(reader.read(List.of(underTheVideoLimit), true).files()).singleElement()
                .extracting(ReceivedFile::problem).isEqualTo(ReceivedFile.Problem.NONE);

        byte[] photo = TestImages.png(10, 10);
        var photoWhereAVideoIsAsked = reader.read(List.of(new UploadPart("message.mp4", photo.length, () -> photo)), true);
        assertThat(photoWhereAVideoIsAsked.files()).singleElement().extracting(ReceivedFile::kind).isEqualTo(FileKind.PNG);
        assertThat(photoWhereAVideoIsAsked.contents()).as("nothing to keep").isEmpty();
    }
}
