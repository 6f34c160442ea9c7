package org.bluelamp.reporting.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every size an uploader controls is checked from headers before memory is spent on it. */
class FileLimitsTest {

    private static final FileLimits LIMITS = FileLimits.DEFAULT;

    // Pictures: read from the header, never decoded to find out

    @Test
    void aSmallJpegClaimingFortyNineMegapixelsIsRefusedFromItsFrameHeader() {
        byte[] bomb = TestImages.plainGreyJpeg(7000, 7000, 6);
        assertThat(bomb.length).as("a small file").isLessThan(1_000_000);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, bomb, LIMITS))
                .isInstanceOfSatisfying(FileOverLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(FileOverLimitException.Limit.PIXELS));
    }

    @Test
    void anUprightPictureOverTheLimitIsRefusedToo() {
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, TestImages.plainGreyJpeg(7000, 7000, 1), LIMITS))
                .isInstanceOf(FileOverLimitException.class);
    }

    @Test
    void aSideLongerThanAllowedIsRefusedHoweverFewThePixels() {
        var limits = new FileLimits(1000, 40_000_000L, 16_000_000L, 500, 200_000);
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, TestImages.plainGreyJpeg(1001, 8, 1), limits))
                .isInstanceOf(FileOverLimitException.class);
        assertThat(ImageMetadata.strip(FileKind.JPEG, TestImages.plainGreyJpeg(1000, 8, 1), limits)).isNotEmpty();
    }

    @Test
    void aJpegWithASecondFrameHeaderIsRefused() {
        byte[] jpeg = TestImages.plainGreyJpeg(16, 16, 1);
        int frame = indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC0});
        int length = ((jpeg[frame + 2] & 0xFF) << 8) | jpeg[frame + 3] & 0xFF;
        var twice = new ByteArrayOutputStream();
        twice.write(jpeg, 0, frame + 2 + length);
        twice.write(jpeg, frame, 2 + length); // the same frame header again, which could claim another size
        twice.write(jpeg, frame + 2 + length, jpeg.length - frame - 2 - length);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, twice.toByteArray(), LIMITS))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("more than one frame");
    }

    @Test
    void aJpegThatLeavesItsHeightForLaterIsRefused() {
        byte[] jpeg = TestImages.plainGreyJpeg(16, 16, 1);
        int frame = indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC0});
        jpeg[frame + 5] = 0;
        jpeg[frame + 6] = 0; // height 0: given by a DNL marker after the first scan

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, jpeg, LIMITS))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void aPngClaimingAHundredThousandPixelsASideIsRefusedFromItsHeader() {
        byte[] png = TestImages.png(10, 10);
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, png, LIMITS))
                .isInstanceOfSatisfying(FileOverLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(FileOverLimitException.Limit.PIXELS));
    }

    // Turning a photo within a memory budget

    @Test
    void aLargeTurnedPhotoIsDecodedAtAFractionOfItsSizeWithinTheBudget() throws IOException {
        var limits = new FileLimits(10_000, 40_000_000L, 1_000_000L, 500, 200_000);
        byte[] turned = ImageMetadata.strip(FileKind.JPEG, TestImages.plainGreyJpeg(3000, 2000, 6), limits);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(turned));
        // Every third pixel (every second would be 1.5 megapixels), then turned a quarter: 667 wide, 1000 high.
        assertThat(image.getWidth()).isEqualTo(667);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void theStepIsTheSmallestThatFitsTheBudget() {
        assertThat(JpegMetadata.subsampling(4000, 3000, 16_000_000)).isEqualTo(1);
        assertThat(JpegMetadata.subsampling(8000, 6000, 16_000_000)).isEqualTo(2);
        assertThat(JpegMetadata.subsampling(10_000, 10_000, 16_000_000)).isEqualTo(3);
        assertThat(JpegMetadata.subsampling(10_000, 10_000, 1)).isEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void turningInPlaceMovesEachPixelAsCopyingDoes(int orientation) {
        var random = new Random(orientation);
        var picture = new BufferedImage(7, 5, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                picture.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        BufferedImage copied = ExifOrientation.apply(picture, orientation);
        BufferedImage inPlace = ExifOrientation.turn(picture, orientation);

        assertThat(inPlace.getWidth()).isEqualTo(copied.getWidth());
        assertThat(inPlace.getHeight()).isEqualTo(copied.getHeight());
        for (int y = 0; y < copied.getHeight(); y++) {
            for (int x = 0; x < copied.getWidth(); x++) {
                assertThat(inPlace.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(copied.getRGB(x, y));
            }
        }
    }

    // PDFs: pages and objects

    @Test
    void aPdfOfMorePagesThanAllowedIsRefused() {
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PDF, TestPdfs.ofPages(501), LIMITS))
                .isInstanceOfSatisfying(FileOverLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(FileOverLimitException.Limit.PAGES));
        assertThat(ImageMetadata.strip(FileKind.PDF, TestPdfs.ofPages(5), LIMITS)).isNotEmpty();
    }

    @Test
    void aCrossReferenceStreamListingMillionsOfObjectsIsRefusedBeforePdfBoxReadsIt() {
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 50000000 /W [1 0 0] /Filter /FlateDecode /Length 0 >>"
                + "\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PDF, pdf.getBytes(ISO_8859_1), LIMITS))
                .isInstanceOfSatisfying(FileOverLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(FileOverLimitException.Limit.OBJECTS));
    }

    @Test
    void aCountHiddenByEscapesCommentsOrAnIndexIsStillFound() {
        assertThatThrownBy(() -> PdfDeclarations.check("<< /S#69ze\n%note\n 300000 >>".getBytes(ISO_8859_1), 200_000))
                .isInstanceOf(FileOverLimitException.class);
        assertThatThrownBy(() -> PdfDeclarations.check("<< /Index [0 150000 200000 150000] >>".getBytes(ISO_8859_1),
                200_000)).isInstanceOf(FileOverLimitException.class);
        assertThatThrownBy(() -> PdfDeclarations.check("<< /N 99999999999999999999 >>".getBytes(ISO_8859_1), 200_000))
                .isInstanceOf(FileOverLimitException.class);
        assertThatThrownBy(() -> PdfDeclarations.check("<< /Size 7 0 R >>".getBytes(ISO_8859_1), 200_000))
                .isInstanceOf(FileOverLimitException.class);
    }

    @Test
    void ordinaryCountsAndAppearancesPass() {
        PdfDeclarations.check(("<< /Size 12 /Root 1 0 R >> << /AP << /N 12 0 R >> >> << /N 3 /Alternate /DeviceRGB >>"
                + " /Indexed /Next 4000000 %%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%x").getBytes(ISO_8859_1),
                200_000);
    }

    @Test
    void objectsWrittenOutAsTextAreCountedAsPdfBoxWouldFindThem() {
        var pdf = new StringBuilder("%PDF-1.4\n");
        for (int i = 1; i <= 301; i++) {
            pdf.append(i).append(" 0 obj null endobj\n");
        }
        assertThat(PdfDeclarations.objectsAsText(pdf.toString().getBytes(ISO_8859_1))).isEqualTo(301);
        assertThatThrownBy(() -> PdfDeclarations.check(pdf.toString().getBytes(ISO_8859_1), 300))
                .isInstanceOf(FileOverLimitException.class);
    }

    // How many are read at once

    @Test
    void whenEveryDecoderIsBusyTheFileIsNamedAsBusyNotQueuedWithoutEnd() throws Exception {
        var properties = new UploadProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), null, null, null,
                1, Duration.ofMillis(50), null, null);
        var reader = new UploadReader(properties);
        byte[] photo = TestImages.png(10, 10);
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var slow = executor.submit(() -> reader.read(List.of(new UploadPart("slow.png", photo.length, () -> {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return photo;
            }))));
            inside.await();
            var meanwhile = reader.read(List.of(new UploadPart("photo.png", photo.length, () -> photo)));
            assertThat(meanwhile.files()).singleElement().extracting(ReceivedFile::problem)
                    .isEqualTo(ReceivedFile.Problem.BUSY);
            assertThat(meanwhile.contents()).isEmpty();
            release.countDown();
            assertThat(slow.get().files()).singleElement().extracting(ReceivedFile::problem)
                    .isEqualTo(ReceivedFile.Problem.NONE);
        }
        assertThat(reader.read(List.of(new UploadPart("later.png", photo.length, () -> photo))).files())
                .singleElement().extracting(ReceivedFile::problem).isEqualTo(ReceivedFile.Problem.NONE);
    }

    @Test
    void filesBeyondWhatTheQuestionTakesAreNotRead() {
        var reader = new UploadReader(new UploadProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100)));
        byte[] photo = TestImages.png(10, 10);
        var parts = new java.util.ArrayList<UploadPart>();
        parts.add(new UploadPart("one.png", photo.length, () -> photo));
        parts.add(new UploadPart("two.png", photo.length, () -> photo));
        for (int i = 0; i < 50; i++) {
            parts.add(new UploadPart("extra.png", photo.length, () -> {
                throw new AssertionError("read a file the question does not take");
            }));
        }
        var received = reader.read(parts, false, 2);

        assertThat(received.contents()).hasSize(2);
        assertThat(received.files()).hasSize(52).filteredOn(f -> f.problem() == ReceivedFile.Problem.TOO_MANY)
                .hasSize(50);
    }


    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int at = 0; at + wanted.length <= bytes.length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + wanted.length, wanted, 0, wanted.length)) {
                return at;
            }
        }
        throw new AssertionError("not found");
    }
}
