package org.bluelamp.reporting.upload;

/**
 * What a file may ask of the server, checked from its headers before it is decoded: a picture's sides and pixels,
 * the pixels decoded at once, a PDF's pages and objects. Set by {@link UploadProperties}.
 */
record FileLimits(int maxImageSide, long maxImagePixels, long maxDecodedPixels, int maxPdfPages, int maxPdfObjects) {

    /**
     * 10,000 px a side and 40 megapixels take any phone's ordinary photo; 16 decoded megapixels (48 MB of pixels)
     * turn a 12 MP photo at full size and larger ones at half; 500 pages and 200,000 objects take any real scan.
     */
    static final FileLimits DEFAULT = new FileLimits(10_000, 40_000_000L, 16_000_000L, 500, 200_000);

    FileLimits {
        if (maxImageSide <= 0 || maxImagePixels <= 0 || maxDecodedPixels <= 0 || maxPdfPages <= 0 || maxPdfObjects <= 0) {
            throw new IllegalArgumentException("File limits must be positive");
        }
    }

    /** Refuses a picture whose header claims more than the limits allow; longs, so no product can overflow. */
    void checkPicture(String kind, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new UnreadableFileException("The " + kind + " file has no pixels");
        }
        if (width > maxImageSide || height > maxImageSide || width * height > maxImagePixels) {
            throw new FileOverLimitException(FileOverLimitException.Limit.PIXELS,
                    "The " + kind + " file has more pixels than allowed (" + width + " by " + height + ")");
        }
    }
}
