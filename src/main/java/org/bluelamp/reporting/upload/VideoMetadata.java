package org.bluelamp.reporting.upload;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * Takes from a video, as it streams past, what can say where and on what it was made, as photos lose their EXIF.
 * The pictures and sound are copied unchanged and nothing moves: each removed part is overwritten in place by a
 * filler of the same length (an ISO box of type {@code free}, a Matroska {@code Void} element), so every offset
 * in the file (chunk offsets, seek heads, cues) still points where it did, and the file is the same size.
 * <ul>
 * <li>MP4 and QuickTime: {@code udta} (user data: {@code ©xyz} location, make, model, software), {@code meta}
 * (Apple's {@code com.apple.quicktime.location.ISO6709} and the rest of its keys) and {@code uuid} (XMP and makers'
 * own data) boxes, at the top and anywhere in {@code moov}, its tracks and their media.</li>
 * <li>WebM and Matroska: {@code Tags} (where a recording was made, its title, the device) and
 * {@code Attachments} (files carried inside, pictures with their own EXIF).</li>
 * </ul>
 * A file whose structure does not hold together is refused; it is read through once ({@link #check}) before it is
 * accepted, skipping over the pictures, so the copy made on the way to the file store cannot fail half way.
 * Location written inside the pictures' own samples (a GPS track some action cameras record) is not looked for.
 */
final class VideoMetadata {

    /** Boxes and elements may nest; a real file nests a handful deep. */
    private static final int DEEPEST = 16;

    private VideoMetadata() {
    }

    /** The video's content without location metadata, read as it is read from {@code in}; the same length. */
    static InputStream strip(FileKind kind, InputStream in, long size) {
        return switch (kind) {
            case MP4, QUICKTIME -> new IsoBoxes(in, size);
            case WEBM -> new EbmlElements(in, size);
            default -> throw new IllegalArgumentException(kind + " is not a video");
        };
    }

    /** A video held in memory (a test's), cleaned the same way. */
    static byte[] strip(FileKind kind, byte[] content) {
        try (InputStream in = strip(kind, new ByteArrayInputStream(content), content.length)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the video's structure through to its end, skipping the pictures, and refuses it if it does not hold
     * together.
     *
     * @throws UnreadableFileException if it does not
     */
    static void check(FileKind kind, InputStream in, long size) {
        try (var walk = (Walk) strip(kind, in, size)) {
            walk.skipToEnd();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
    }

    /**
     * A container read part by part: each part's header is passed on (or a filler's in its place), then its body
     * is copied, replaced by zeros, or read as further parts when it holds them.
     */
    private abstract static class Walk extends InputStream {

        private final PushbackInputStream in;
        private final long size;
        /** Where the input is: everything before has been read. */
        protected long position;
        /** The ends of the containers being read inside, innermost first. */
        protected final Deque<Long> ends = new ArrayDeque<>();
        private byte[] header = new byte[0];
        private int headerAt;
        private long toCopy;
        private long toBlank;
        private boolean finished;

        Walk(InputStream in, long size) {
            this.in = new PushbackInputStream(in, 1);
            this.size = size;
        }

        /** Reads the next part's header at {@link #position} and says what to do with it. */
        protected abstract void next() throws IOException;

        /** What is passed on before the body: the header as it was, or a filler's. */
        protected void pass(byte[] newHeader, long copy, long blank) {
            header = newHeader;
            headerAt = 0;
            toCopy = copy;
            toBlank = blank;
        }

        /** Where the file ends, as the upload said. */
        protected long size() {
            return size;
        }

        /** A container's children follow; it ends at {@code end} (the file's end if it did not say). */
        protected void enter(long end) {
            if (ends.size() >= DEEPEST) {
                throw new UnreadableFileException("The video nests too deep");
            }
            ends.push(end);
        }

        /** The next part may start here: containers that have ended are left; one overrun means a broken file. */
        private boolean atPart() throws IOException {
            while (!ends.isEmpty() && ends.peek() == position) {
                ends.pop();
            }
            if (!ends.isEmpty() && ends.peek() < position) {
                throw new UnreadableFileException("The video has a part that runs past the one holding it");
            }
            int first = position == size ? -1 : in.read();
            if (first < 0) {
                if (!ends.isEmpty()) {
                    throw new UnreadableFileException("The video ends before a part of it does");
                }
                return false;
            }
            in.unread(first);
            next();
            return true;
        }

        protected byte[] readExactly(int length) throws IOException {
            if (position + length > size) {
                throw new UnreadableFileException("The video is cut short");
            }
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new UnreadableFileException("The video is cut short");
            }
            position += length;
            return bytes;
        }

        protected int readByte() throws IOException {
            return readExactly(1)[0] & 0xFF;
        }

        /** A body's length, checked against the file's end before anything is done with it. */
        protected long bodyUpTo(long end) {
            if (end > size || end < position) {
                throw new UnreadableFileException("The video has a part that runs past its end");
            }
            return end - position;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] to, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!finished) {
                if (headerAt < header.length) {
                    int n = Math.min(length, header.length - headerAt);
                    System.arraycopy(header, headerAt, to, from, n);
                    headerAt += n;
                    return n;
                }
                if (toCopy > 0) {
                    int n = in.read(to, from, (int) Math.min(length, toCopy));
                    if (n < 0) {
                        throw new UnreadableFileException("The video is cut short");
                    }
                    toCopy -= n;
                    position += n;
                    return n;
                }
                if (toBlank > 0) {
                    int n = (int) Math.min(length, toBlank);
                    in.skipNBytes(n);
                    Arrays.fill(to, from, from + n, (byte) 0);
                    toBlank -= n;
                    position += n;
                    return n;
                }
                finished = !atPart();
            }
            return -1;
        }

        /** Goes through every part without passing anything on: bodies are skipped, not read. */
        void skipToEnd() throws IOException {
            while (!finished) {
                headerAt = header.length;
                long body = toCopy + toBlank;
                if (body > 0) {
                    skipInput(body);
                    toCopy = 0;
                    toBlank = 0;
                }
                finished = !atPart();
            }
        }

        private void skipInput(long count) throws IOException {
            try {
                in.skipNBytes(count);
            } catch (EOFException e) {
                throw new UnreadableFileException("The video is cut short");
            }
            position += count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** ISO base media (MP4, QuickTime): boxes of a 32-bit size (or 1 and a 64-bit size, or 0 to the end) and a type. */
    private static final class IsoBoxes extends Walk {

        private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf");
        private static final Set<String> REMOVED = Set.of("udta", "meta", "uuid");
        private static final byte[] FREE = "free".getBytes(ISO_8859_1);

        IsoBoxes(InputStream in, long size) {
            super(in, size);
        }

        @Override
        protected void next() throws IOException {
            long start = position;
            byte[] header = readExactly(8);
            long declared = ImageBytes.u32(header, 0);
            String type = new String(header, 4, 4, ISO_8859_1);
            long end;
            if (declared == 1) {
                header = Arrays.copyOf(header, 16);
                System.arraycopy(readExactly(8), 0, header, 8, 8);
                long large = ImageBytes.u32(header, 8) << 32 | ImageBytes.u32(header, 12);
                if (large < 16) {
                    throw new UnreadableFileException("The video has a box with an impossible size");
                }
                end = start + large;
            } else if (declared == 0) {
                end = ends.isEmpty() ? size() : ends.peek(); // to the end of what holds it
            } else if (declared < 8) {
                throw new UnreadableFileException("The video has a box with an impossible size");
            } else {
                end = start + declared;
            }
            if (start == 0 && !type.equals("ftyp")) {
                throw new UnreadableFileException("The video does not start with its file type");
            }
            long body = bodyUpTo(end);
            if (CONTAINERS.contains(type)) {
                pass(header, 0, 0);
                enter(end);
            } else if (REMOVED.contains(type)) {
                System.arraycopy(FREE, 0, header, 4, 4);
                pass(header, 0, body);
            } else {
                pass(header, body, 0);
            }
        }
    }

    /**
     * EBML (WebM, Matroska): elements of an ID and a size, each a variable-length number. A Segment or Cluster may
     * not say its size (a recording streamed as it was made): its children then simply follow, since none of them
     * can be Tags or Attachments.
     */
    private static final class EbmlElements extends Walk {

        private static final long SEGMENT = 0x18538067L;
        private static final long CLUSTER = 0x1F43B675L;
        private static final Set<Long> REMOVED = Set.of(0x1254C367L /* Tags */, 0x1941A469L /* Attachments */);
        private static final int VOID = 0xEC;

        EbmlElements(InputStream in, long size) {
            super(in, size);
        }

        @Override
        protected void next() throws IOException {
            long start = position;
            byte[] id = vint(4);
            long idValue = value(id, false);
            if (start == 0 && idValue != 0x1A45DFA3L) {
                throw new UnreadableFileException("The video does not start with its EBML header");
            }
            byte[] sizeField = vint(8);
            boolean unknown = isUnknown(sizeField);
            boolean container = idValue == SEGMENT || idValue == CLUSTER;
            byte[] header = concat(id, sizeField);
            if (unknown) {
                if (!container) {
                    throw new UnreadableFileException("The video has an element that does not say its size");
                }
                pass(header, 0, 0);
                return;
            }
            long body = bodyUpTo(position + value(sizeField, true));
            if (container) {
                pass(header, 0, 0);
                enter(position + body);
            } else if (REMOVED.contains(idValue)) {
                pass(filler(header.length, body), 0, body);
            } else {
                pass(header, body, 0);
            }
        }

        /**
         * A Void element's header of exactly {@code length} bytes for a body of {@code body}: its ID is one byte, so its
         * size is written in as many bytes as make up the rest (a size may use more bytes than it needs), at most
         * eight; any left over become the first bytes of the Void's body.
         */
        private static byte[] filler(int length, long body) {
            int sizeLength = Math.min(8, length - 1);
            int extra = length - 1 - sizeLength;
            byte[] header = new byte[length];
            header[0] = (byte) VOID;
            long marked = (body + extra) | 1L << (7 * sizeLength);
            for (int i = 0; i < sizeLength; i++) {
                header[sizeLength - i] = (byte) (marked >>> (8 * i));
            }
            return header;
        }

        /** A variable-length number of at most {@code longest} bytes, as it is written: its first byte says how long. */
        private byte[] vint(int longest) throws IOException {
            int first = readByte();
            int length = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || length > longest) {
                throw new UnreadableFileException("The video has an element with an impossible header");
            }
            byte[] bytes = new byte[length];
            bytes[0] = (byte) first;
            if (length > 1) {
                System.arraycopy(readExactly(length - 1), 0, bytes, 1, length - 1);
            }
            return bytes;
        }

        /** The number, with its length marker taken off for a size, kept for an ID (as IDs are written in specs). */
        private static long value(byte[] bytes, boolean size) {
            long value = size ? bytes[0] & (0xFF >> bytes.length) : bytes[0] & 0xFF;
            for (int i = 1; i < bytes.length; i++) {
                value = value << 8 | bytes[i] & 0xFF;
            }
            return value;
        }

        /** All of a size's value bits set means "not said". */
        private static boolean isUnknown(byte[] sizeField) {
            return value(sizeField, true) == (1L << (7 * sizeField.length)) - 1;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
