package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a browser may keep an asset. A fingerprinted name names one content for ever, so it is kept for a year
 * and never asked for again; the plain name (an old page, a bookmark) still works but is checked each time, as its
 * content changes with each release. A fingerprint this version does not have (a page from another version, during a
 * rolling release) gets the current file for a minute only, with no Last-Modified to revalidate against: a browser or
 * CDN must not keep that name with this content for ever, since the version that has it will serve its own.
 */
final class AssetCacheLifetimes implements ResourceTransformer {

    private static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl PLAIN = CacheControl.noCache();
    private static final CacheControl UNKNOWN_FINGERPRINT = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        if (resource instanceof UnknownFingerprint) {
            return CacheControlledResource.withoutLastModified(chain.transform(request, resource), UNKNOWN_FINGERPRINT);
        }
        return new CacheControlledResource(chain.transform(request, resource),
                isFingerprinted(request, resource) ? FINGERPRINTED : PLAIN);
    }

    /**
     * A name that is not the file's own was found by its fingerprint: the version resolver has checked that the
     * fingerprint is the file's content's, and answers nothing for a wrong one.
     */
    private static boolean isFingerprinted(HttpServletRequest request, Resource resource) {
        var asked = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        return !Objects.equals(StringUtils.getFilename(asked), resource.getFilename());
    }
}
