package org.bluelamp.platform;

import java.util.Locale;

/** File sizes in the words people use: "340 KB", "1.2 MB". */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String describe(long bytes) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
        }
        double megabytes = bytes / (double) MB;
        return megabytes == Math.floor(megabytes) ? (long) megabytes + " MB"
                : String.format(Locale.UK, "%.1f MB", megabytes);
    }
}
