package org.bluelamp.platform;

/**
 * Where a page finds its styles, scripts and images. Each URL carries a fingerprint of the file's content, so a
 * browser may keep the file for a year and still never use an old copy: new content is a new URL.
 */
@FunctionalInterface
public interface AssetUrls {

    /** The fingerprinted URL of a file under /assets or /webjars, given its plain path ("/assets/css/bluelamp.css"). */
    String of(String path);
}
