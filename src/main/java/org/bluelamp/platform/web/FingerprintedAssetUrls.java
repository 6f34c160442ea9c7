package org.bluelamp.platform.web;

import org.bluelamp.platform.AssetUrls;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks Spring's resource chain (set up in {@link AssetHandlers}) for the fingerprinted URL of an asset. A path it
 * does not know is given back unchanged: the plain URL still works, it is only not cached for long. The answers are
 * kept: assets do not change while the application runs, and every page asks for the same few.
 */
@Component
class FingerprintedAssetUrls implements AssetUrls {

    private final ResourceUrlProvider resourceUrls;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    FingerprintedAssetUrls(ResourceUrlProvider resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    @Override
    public String of(String path) {
        return known.computeIfAbsent(path, this::lookUp);
    }

    private String lookUp(String path) {
        String fingerprinted = resourceUrls.getForLookupPath(path);
        return fingerprinted != null ? fingerprinted : path;
    }
}
