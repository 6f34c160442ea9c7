package org.bluelamp.reporting.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageMetadataTest {

    private static final String GPS_SECRET = "GPS-SECRET-51.5N";
    private static final int WIDTH = 80;
    private static final int HEIGHT = 40;

    // JPEG

    @Test
    void exifXmpCommentsAndPhotoshopDataAreRemovedLeavingTheOriginalPicture() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] uploaded = withSegments(original,
                segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 1)),
                segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP-SECRET</x:xmpmeta>")),
                segment(0xFE, ascii("secret comment")),
                segment(0xED, ascii("Photoshop 3.0\08BIM\4\4IPTC-SECRET-BYLINE")),
                segment(0xE5, ascii("APP5-SECRET")),
                segment(0xEF, ascii("APP15-SECRET")));
        assertThat(contains(uploaded, GPS_SECRET)).as("fixture holds the secret").isTrue();

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        for (String secret : new String[] {GPS_SECRET, "Exif", "XMP-SECRET", "secret comment", "IPTC-SECRET",
                "Photoshop", "APP5-SECRET", "APP15-SECRET"}) {
            assertThat(contains(stripped, secret)).as(secret).isFalse();
        }
        assertThat(stripped).startsWith(0xFF, 0xD8);
        assertThat(dimensions(stripped)).containsExactly(WIDTH, HEIGHT);
    }

    @Test
    void anUprightPhotoIsNotReencodedSoItsScanDataIsUnchanged() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] uploaded = withSegments(original, segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 1)),
                segment(0xFE, ascii("secret comment")));

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        assertThat(scanData(stripped)).isEqualTo(scanData(original));
        // ImageIO writes only segments that are kept, so nothing else changed either.
        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void aPhotoWithoutMetadataIsReturnedAsItWas() {
        byte[] original = jpeg(WIDTH, HEIGHT);

        assertThat(ImageMetadata.strip(FileKind.JPEG, original)).isEqualTo(original);
    }

    @Test
    void aPhotoTurnedByItsOrientationIsTurnedUprightInItsPixels() {
        byte[] uploaded = withSegments(jpeg(40, 20), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 6)));

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        assertThat(dimensions(stripped)).containsExactly(20, 40);
        assertThat(contains(stripped, GPS_SECRET)).isFalse();
        assertThat(contains(stripped, "Exif")).isFalse();
    }

    /**
     * The source is red in its top-left quarter and blue elsewhere; each orientation must move that quarter to a
     * different corner of the upright picture.
     */
    @ParameterizedTest(name = "orientation {0} ({1}) puts the red quarter {4}")
    @CsvSource({
            "2, II, 80, 40, top-right",
            "3, MM, 80, 40, bottom-right",
            "4, II, 80, 40, bottom-left",
            "5, MM, 40, 80, top-left",
            "6, II, 40, 80, top-right",
            "6, MM, 40, 80, top-right",
            "7, MM, 40, 80, bottom-right",
            "8, II, 40, 80, bottom-left",
            "8, MM, 40, 80, bottom-left"})
    void eachOrientationIsAppliedToThePixels(int orientation, String byteOrder, int width, int height,
                                             String redCorner) {
        ByteOrder order = byteOrder.equals("II") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        byte[] uploaded = withSegments(jpeg(WIDTH, HEIGHT), segment(0xE1, exif(order, orientation)));

        BufferedImage upright = read(ImageMetadata.strip(FileKind.JPEG, uploaded));

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        for (String corner : new String[] {"top-left", "top-right", "bottom-left", "bottom-right"}) {
            int x = corner.endsWith("left") ? width / 4 : width * 3 / 4;
            int y = corner.startsWith("top") ? height / 4 : height * 3 / 4;
            var colour = new Color(upright.getRGB(x, y));
            assertThat(colour.getRed() > colour.getBlue()).as(corner + " is red").isEqualTo(corner.equals(redCorner));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 0xFFFF})
    void anOrientationOutsideTheSpecIsIgnored(int orientation) {
        byte[] original = jpeg(WIDTH, HEIGHT);

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG,
                withSegments(original, segment(0xE1, exif(ByteOrder.BIG_ENDIAN, orientation))));

        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void malformedExifIsIgnoredAndStillRemoved() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] exif = exif(ByteOrder.BIG_ENDIAN, 6);
        ByteBuffer.wrap(exif).putInt(10, 0x7FFF_FFF0); // IFD0 points far past the end of the segment

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, withSegments(original, segment(0xE1, exif)));

        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void aHugeTurnedPictureIsRefusedBeforeDecoding() {
        byte[] uploaded = withSegments(jpeg(WIDTH, HEIGHT), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 6)));
        int frame = segmentOffset(uploaded, 0xC0);
        ByteBuffer.wrap(uploaded).putShort(frame + 5, (short) 10_000).putShort(frame + 7, (short) 10_000);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, uploaded))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("pixels");
    }

    @Test
    void aPictureImageIoCannotDecodeKeepsItsStrippedBytesUnturned() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        // Arithmetic coding (SOF9) is well formed but ImageIO cannot decode it.
        original[segmentOffset(original, 0xC0) + 1] = (byte) 0xC9;
        byte[] uploaded = withSegments(original, segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 6)));

        assertThat(ImageMetadata.strip(FileKind.JPEG, uploaded)).isEqualTo(original);
    }

    @Test
    void aCmykPictureIsNotReencodedSinceImageIoCannotWriteItFaithfully() {
        byte[] original = cmykJpeg(WIDTH, HEIGHT);
        byte[] uploaded = withSegments(original, segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 6)));

        assertThat(ImageMetadata.strip(FileKind.JPEG, uploaded)).isEqualTo(original);
    }

    @Test
    void aPhotoMissingItsEndMarkerIsKeptAsItIs() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] withoutEnd = Arrays.copyOf(original, original.length - 2);

        assertThat(ImageMetadata.strip(FileKind.JPEG, withSegments(withoutEnd, segment(0xFE, ascii("secret")))))
                .isEqualTo(withoutEnd);
    }

    @Test
    void colourProfileAndAdobeSegmentsAreKeptButOtherApp2SegmentsAreNot() {
        byte[] icc = segment(0xE2, ascii("ICC_PROFILE\0\1\1fake-profile"));
        byte[] adobe = segment(0xEE, ascii("Adobe\0\144\0\0\0\0\1"));
        byte[] uploaded = withSegments(jpeg(WIDTH, HEIGHT), icc, segment(0xE2, ascii("MPF\0MPF-SECRET")), adobe);

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        assertThat(indexOf(stripped, icc)).isPositive();
        assertThat(indexOf(stripped, adobe)).isPositive();
        assertThat(contains(stripped, "MPF-SECRET")).isFalse();
    }

    @Test
    void aJfifThumbnailIsRemoved() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        int app0Length = u16(original, 4);
        byte[] jfif = Arrays.copyOfRange(original, 6, 4 + app0Length);
        jfif[12] = 2; // a 2 x 1 thumbnail of RGB pixels
        jfif[13] = 1;
        byte[] thumbnail = ascii("THUMB!");
        byte[] uploaded = concat(Arrays.copyOf(original, 2), segment(0xE0, concat(jfif, thumbnail)),
                Arrays.copyOfRange(original, 4 + app0Length, original.length));

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        assertThat(contains(stripped, "THUMB!")).isFalse();
        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void fillBytesAndStandaloneMarkersAreHandled() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        int tables = segmentOffset(original, 0xDB);
        byte[] uploaded = concat(Arrays.copyOf(original, tables), bytes(0xFF, 0x01, 0xFF, 0xFF, 0xFF),
                Arrays.copyOfRange(original, tables, original.length));

        assertThat(ImageMetadata.strip(FileKind.JPEG, uploaded)).isEqualTo(original);
    }

    @Test
    void jpegDataAfterTheEndOfTheImageIsDropped() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] uploaded = concat(original, bytes(0xFF, 0xD8, 0xFF, 0xE1), ascii(GPS_SECRET));

        assertThat(ImageMetadata.strip(FileKind.JPEG, uploaded)).isEqualTo(original);
    }

    @Test
    void aProgressivePhotoKeepsAllItsScansAndLosesSegmentsBetweenThem() {
        byte[] original = jpeg(WIDTH, HEIGHT, true);
        int secondScan = segmentOffset(original, 0xDA, 2);
        byte[] uploaded = concat(Arrays.copyOf(original, secondScan), segment(0xFE, ascii("secret comment")),
                Arrays.copyOfRange(original, secondScan, original.length));

        byte[] stripped = ImageMetadata.strip(FileKind.JPEG, uploaded);

        assertThat(stripped).isEqualTo(original);
        assertThat(dimensions(stripped)).containsExactly(WIDTH, HEIGHT);
    }

    @Test
    void aPhotoCutShortInAHeaderSegmentIsRefused() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        byte[] cut = Arrays.copyOf(original, segmentOffset(original, 0xDB) + 20);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, cut))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("The JPG file is cut short");
    }

    @Test
    void aPhotoCutShortInsideMetadataIsRefusedWithoutQuotingIt() {
        byte[] uploaded = withSegments(jpeg(WIDTH, HEIGHT), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 1)));
        byte[] cut = Arrays.copyOf(uploaded, indexOf(uploaded, ascii(GPS_SECRET)) + 4);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, cut))
                .isInstanceOf(UnreadableFileException.class)
                .message().doesNotContain("GPS");
    }

    @Test
    void aPhotoWithoutImageDataIsRefused() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        int scan = segmentOffset(original, 0xDA);
        byte[] headersOnly = Arrays.copyOf(original, scan);
        byte[] headersThenEnd = concat(headersOnly, bytes(0xFF, 0xD9));

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, headersOnly))
                .isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, headersThenEnd))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void junkWhereASegmentShouldStartIsRefused() {
        byte[] original = jpeg(WIDTH, HEIGHT);
        original[segmentOffset(original, 0xDB)] = 0x12;

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, original))
                .isInstanceOf(UnreadableFileException.class);
    }

    // PNG

    @Test
    void textExifTimeAndPrivateChunksAreRemovedLeavingTheOriginalPicture() {
        byte[] original = png(WIDTH, HEIGHT);
        byte[] uploaded = withChunks(original,
                chunk("tEXt", ascii("Author\0GPS-SECRET")),
                chunk("eXIf", exif(ByteOrder.BIG_ENDIAN, 1)),
                chunk("iTXt", ascii("Comment\0\0\0\0\0ITXT-SECRET")),
                chunk("tIME", bytes(0x07, 0xE9, 1, 2, 3, 4, 5)),
                chunk("prVt", ascii("PRIVATE-SECRET")));
        assertThat(contains(uploaded, "GPS-SECRET")).as("fixture holds the secret").isTrue();

        byte[] stripped = ImageMetadata.strip(FileKind.PNG, uploaded);

        for (String secret : new String[] {"GPS-SECRET", "Author", "eXIf", "ITXT-SECRET", "tIME", "PRIVATE"}) {
            assertThat(contains(stripped, secret)).as(secret).isFalse();
        }
        assertThat(dimensions(stripped)).containsExactly(WIDTH, HEIGHT);
        assertThat(new Color(read(stripped).getRGB(10, 5))).isEqualTo(Color.RED);
        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void chunksNeededToShowThePictureAreKeptByteForByte() {
        byte[] gamma = chunk("gAMA", bytes(0, 0, 0xB1, 0x8F));
        byte[] density = chunk("pHYs", bytes(0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1));
        byte[] uploaded = withChunks(png(WIDTH, HEIGHT), gamma, chunk("tEXt", ascii("Author\0Someone")), density);

        byte[] stripped = ImageMetadata.strip(FileKind.PNG, uploaded);

        assertThat(indexOf(stripped, concat(gamma, density))).isEqualTo(33);
        assertThat(dimensions(stripped)).containsExactly(WIDTH, HEIGHT);
    }

    @Test
    void pngDataAfterTheEndIsDropped() {
        byte[] original = png(WIDTH, HEIGHT);

        assertThat(ImageMetadata.strip(FileKind.PNG, concat(original, ascii(GPS_SECRET)))).isEqualTo(original);
    }

    @Test
    void aChunkWhoseLengthRunsPastTheEndIsRefused() {
        byte[] uploaded = withChunks(png(WIDTH, HEIGHT), chunk("tEXt", ascii("Author\0GPS-SECRET")));
        ByteBuffer.wrap(uploaded).putInt(33, 0x00FF_FFFF);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, uploaded))
                .isInstanceOf(UnreadableFileException.class)
                .message().doesNotContain("GPS");
    }

    @Test
    void aChunkWhoseLengthIsTooShortIsRefused() {
        byte[] uploaded = withChunks(png(WIDTH, HEIGHT), chunk("tEXt", ascii("Author\0GPS-SECRET")));
        ByteBuffer.wrap(uploaded).putInt(33, 3); // the next chunk would then start inside the text

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, uploaded))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void aFileWithoutIendIsRefused() {
        byte[] original = png(WIDTH, HEIGHT);
        byte[] withoutEnd = Arrays.copyOf(original, original.length - 12);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, withoutEnd))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("IEND");
    }

    @Test
    void aFileNotStartingWithIhdrIsRefused() {
        byte[] original = png(WIDTH, HEIGHT);
        byte[] textFirst = concat(Arrays.copyOf(original, 8), chunk("tEXt", ascii("Author\0Someone")),
                Arrays.copyOfRange(original, 8, original.length));

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, textFirst))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("IHDR");
    }

    @Test
    void aHugePngIsRefused() {
        byte[] uploaded = png(WIDTH, HEIGHT);
        ByteBuffer.wrap(uploaded).putInt(16, 10_000).putInt(20, 10_000); // IHDR width and height

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, uploaded))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("pixels");
    }

    @Test
    void sidesSoLargeTheirProductOverflowsAreRefused() {
        byte[] uploaded = png(WIDTH, HEIGHT);
        ByteBuffer.wrap(uploaded).putInt(16, -1).putInt(20, -1);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PNG, uploaded))
                .isInstanceOf(UnreadableFileException.class);
    }

    // Kinds of file

    @Test
    void eachKindIsRecognisedFromItsContent() {
        assertThat(FileKind.sniff(jpeg(WIDTH, HEIGHT))).contains(FileKind.JPEG);
        assertThat(FileKind.sniff(png(WIDTH, HEIGHT))).contains(FileKind.PNG);
        assertThat(FileKind.sniff(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"))).contains(FileKind.PDF);
    }

    @Test
    void aPngNamedOrDeclaredAsSomethingElseIsStillAPng() {
        // Only the content is looked at: the name "photo.jpg" and type "image/jpeg" the browser sent are not.
        byte[] pngUploadedAsPhotoJpg = png(WIDTH, HEIGHT);

        assertThat(FileKind.sniff(pngUploadedAsPhotoJpg)).contains(FileKind.PNG);
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.JPEG, pngUploadedAsPhotoJpg))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void aPdfHeaderIsFoundWithinTheFirst1024BytesOnly() {
        byte[] header = ascii("%PDF-1.4\n");

        assertThat(FileKind.sniff(concat(new byte[1024 - 5], header))).contains(FileKind.PDF);
        assertThat(FileKind.sniff(concat(new byte[1024 - 4], header))).isEmpty();
    }

    @Test
    void otherContentIsNotAccepted() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 0x42;

        assertThat(FileKind.sniff(ascii("GIF89a\1\0\1\0\0\0\0;"))).isEmpty();
        assertThat(FileKind.sniff(concat(bytes(0, 0, 0, 0x18), ascii("ftypheic")))).isEmpty();
        assertThat(FileKind.sniff(concat(ascii("MZ"), new byte[200]))).as("a program renamed .jpg").isEmpty();
        assertThat(FileKind.sniff(random)).isEmpty();
        assertThat(FileKind.sniff(bytes(0xFF, 0xD8))).as("too short for a JPEG").isEmpty();
        assertThat(FileKind.sniff(new byte[0])).isEmpty();
    }

    @Test
    void kindsAreDescribedForThePublic() {
        assertThat(FileKind.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(FileKind.JPEG.extension()).isEqualTo("jpg");
        assertThat(FileKind.JPEG.label()).isEqualTo("JPG");
        assertThat(FileKind.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(FileKind.PNG.isImage()).isTrue();
        assertThat(FileKind.PDF.isImage()).isFalse();
    }

    // Fixtures, built here so that no binary files are kept in the repository.

    /** Red in the top-left quarter, blue elsewhere, so that turns and flips can be told apart. */
    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(int width, int height) {
        return jpeg(width, height, false);
    }

    private static byte[] jpeg(int width, int height, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(picture(width, height), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Four channels with no colour transform, which ImageIO reads as CMYK. */
    private static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(int width, int height) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(width, height), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A TIFF structure as found after "Exif\0\0": IFD0 holds the orientation and a pointer to a GPS IFD, whose map
     * datum is the secret.
     */
    private static byte[] exif(ByteOrder order, int orientation) {
        byte[] secret = ascii(GPS_SECRET + "\0");
        ByteBuffer tiff = ByteBuffer.allocate(56 + secret.length).order(order);
        tiff.put(ascii(order == ByteOrder.LITTLE_ENDIAN ? "II" : "MM")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1); // GPS IFD at 38
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(secret.length).putInt(56);
        tiff.putInt(0);
        tiff.put(secret); // at 56
        return concat(ascii("Exif\0\0"), tiff.array());
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(bytes(0xFF, marker, length >> 8, length & 0xFF), payload);
    }

    /** Inserts segments after ImageIO's JFIF segment if there is one, where cameras put theirs. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        int afterJfif = (jpeg[3] & 0xFF) == 0xE0 ? 4 + u16(jpeg, 4) : 2;
        return concat(Arrays.copyOf(jpeg, afterJfif), concat(segments),
                Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    private static int segmentOffset(byte[] jpeg, int marker) {
        return segmentOffset(jpeg, marker, 1);
    }

    /** The offset of the nth segment with this marker, skipping over scan data. */
    private static int segmentOffset(byte[] jpeg, int marker, int nth) {
        int seen = 0;
        for (int at = 2; at + 1 < jpeg.length; at++) {
            if ((jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) == marker && ++seen == nth) {
                return at;
            }
        }
        throw new AssertionError("no such segment");
    }

    private static byte[] scanData(byte[] jpeg) {
        return Arrays.copyOfRange(jpeg, segmentOffset(jpeg, 0xDA), jpeg.length);
    }

    private static byte[] chunk(String type, byte[] data) {
        var crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Inserts chunks after IHDR, which is always the first 33 bytes with the signature. */
    private static byte[] withChunks(byte[] png, byte[]... chunks) {
        return concat(Arrays.copyOf(png, 33), concat(chunks), Arrays.copyOfRange(png, 33, png.length));
    }

    private static BufferedImage read(byte[] image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
            assertThat(read).as("ImageIO can read it").isNotNull();
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] dimensions(byte[] image) {
        BufferedImage read = read(image);
        return new int[] {read.getWidth(), read.getHeight()};
    }

    private static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, ascii(needle)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int at = 0; at + needle.length <= haystack.length; at++) {
            if (Arrays.equals(haystack, at, at + needle.length, needle, 0, needle.length)) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        var joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
