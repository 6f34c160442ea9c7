package org.bluelamp.reporting.upload;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The EXIF orientation of a photo: read before EXIF is dropped, then applied to the pixels, so a phone photo stored
 * on its side is still seen upright. The eight orientations say how to move each stored pixel.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT_TYPE = 3;
    private static final int ENTRY_LENGTH = 12;

    private ExifOrientation() {
    }

    /**
     * IFD0's Orientation, 1 to 8, from a TIFF structure in {@code in[from, to)}. Anything malformed counts as 1
     * (upright): the tag only improves how the picture is shown, so it is no reason to refuse the file.
     */
    static int read(byte[] in, int from, int to) {
        if (to - from < 8) {
            return 1;
        }
        ByteBuffer tiff = ByteBuffer.wrap(in, from, to - from).slice();
        String byteOrder = new String(in, from, 2, US_ASCII);
        if (byteOrder.equals("II")) {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (!byteOrder.equals("MM")) {
            return 1;
        }
        if (tiff.getShort(2) != 42) {
            return 1;
        }
        return orientationInIfd(tiff, Integer.toUnsignedLong(tiff.getInt(4)));
    }

    private static int orientationInIfd(ByteBuffer tiff, long ifd) {
        if (ifd + 2 > tiff.limit()) {
            return 1;
        }
        int entries = Short.toUnsignedInt(tiff.getShort((int) ifd));
        if (ifd + 2 + (long) entries * ENTRY_LENGTH > tiff.limit()) {
            return 1;
        }
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * ENTRY_LENGTH;
            if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                boolean oneShort = tiff.getShort(entry + 2) == SHORT_TYPE && tiff.getInt(entry + 4) == 1;
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8)); // left-justified in the value field
                return oneShort && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /**
     * The picture turned upright: its pixels moved where they lie when they are bytes side by side (what ImageIO
     * decodes a JPEG into), so turning takes no second copy of the picture; a copy otherwise.
     */
    static BufferedImage turn(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        WritableRaster raster = image.getRaster();
        if (!(raster.getSampleModel() instanceof PixelInterleavedSampleModel layout)
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1
                || buffer.getOffset() != 0 || raster.getParent() != null
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || layout.getPixelStride() != layout.getNumBands()
                || layout.getScanlineStride() != image.getWidth() * layout.getPixelStride()) {
            return apply(image, orientation);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] data = buffer.getData();
        moveInPlace(data, layout.getPixelStride(), width, height, orientation);
        boolean turnsSideways = orientation >= 5;
        int newWidth = turnsSideways ? height : width;
        int newHeight = turnsSideways ? width : height;
        WritableRaster turned = Raster.createInterleavedRaster(buffer, newWidth, newHeight,
                newWidth * layout.getPixelStride(), layout.getPixelStride(), layout.getBandOffsets(), null);
        ColorModel model = image.getColorModel();
        return new BufferedImage(model, turned, model.isAlphaPremultiplied(), null);
    }

    /**
     * Moves every pixel to where the orientation sends it, following each cycle of the move from one pixel to the
     * next, so only a pixel in hand and a bit per pixel (done or not) are needed besides the picture.
     */
    static void moveInPlace(byte[] data, int bytesPerPixel, int width, int height, int orientation) {
        int pixels = width * height;
        int newWidth = orientation >= 5 ? height : width;
        var done = new BitSet(pixels);
        byte[] carried = new byte[bytesPerPixel];
        byte[] displaced = new byte[bytesPerPixel];
        for (int start = 0; start < pixels; start++) {
            if (done.get(start)) {
                continue;
            }
            System.arraycopy(data, start * bytesPerPixel, carried, 0, bytesPerPixel);
            int at = start;
            do {
                int x = at % width;
                int y = at / width;
                int to = targetY(orientation, x, y, width, height) * newWidth + targetX(orientation, x, y, width, height);
                System.arraycopy(data, to * bytesPerPixel, displaced, 0, bytesPerPixel);
                System.arraycopy(carried, 0, data, to * bytesPerPixel, bytesPerPixel);
                byte[] swap = carried;
                carried = displaced;
                displaced = swap;
                done.set(to);
                at = to;
            } while (at != start);
        }
    }

    static BufferedImage apply(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean turnsSideways = orientation >= 5;
        Raster from = image.getRaster();
        // Same layout as the source, so ImageIO sees the same image type when writing.
        WritableRaster to = from.createCompatibleWritableRaster(
                turnsSideways ? height : width, turnsSideways ? width : height);
        Object pixel = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixel = from.getDataElements(x, y, pixel);
                to.setDataElements(targetX(orientation, x, y, width, height),
                        targetY(orientation, x, y, width, height), pixel);
            }
        }
        ColorModel model = image.getColorModel();
        return new BufferedImage(model, to, model.isAlphaPremultiplied(), null);
    }

    private static int targetX(int orientation, int x, int y, int width, int height) {
        return switch (orientation) {
            case 2, 3 -> width - 1 - x;  // mirrored; turned 180°
            case 5, 8 -> y;              // transposed; turned 90° anticlockwise
            case 6, 7 -> height - 1 - y; // turned 90° clockwise; transversed
            default -> x;                // 4: flipped top to bottom
        };
    }

    private static int targetY(int orientation, int x, int y, int width, int height) {
        return switch (orientation) {
            case 3, 4 -> height - 1 - y;
            case 5, 6 -> x;
            case 7, 8 -> width - 1 - x;
            default -> y;
        };
    }
}
