package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * During a rolling release a page from one version asks another version for its files by fingerprints that version
 * does not have. Rather than a 404 (a page without its styles or scripts), a name whose fingerprint is not the file's
 * is answered from the file as it is now, marked {@link UnknownFingerprint} so it is kept only briefly
 * ({@link AssetCacheLifetimes}). First in the chain, before the cache, so made-up fingerprints cost no memory.
 */
final class UnknownFingerprintResolver extends AbstractResourceResolver {

    /** The content version strategy's MD5, just before the extension: {@code bluelamp-<32 hex>.css}. */
    private static final Pattern FINGERPRINT = Pattern.compile("-[0-9a-f]{32}(?=\\.[^./]+$)");

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        Resource found = chain.resolveResource(request, requestPath, locations);
        if (found != null) {
            return found;
        }
        var fingerprint = FINGERPRINT.matcher(requestPath);
        if (!fingerprint.find()) {
            return null;
        }
        Resource current = chain.resolveResource(request, fingerprint.replaceFirst(""), locations);
        return current == null ? null : new UnknownFingerprint(current);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }
}
