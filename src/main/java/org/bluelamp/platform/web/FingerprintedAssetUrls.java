package org.bluelamp.platform.web;

import org.bluelamp.platform.AssetUrls;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Asks Spring's resource chain (set up in {@link AssetHandlers}) for the fingerprinted URL of an asset. A path it
 * does not know is given back unchanged: the plain URL still works, it is only not cached for long.
 */
@Component
class FingerprintedAssetUrls implements AssetUrls {

    private final ResourceUrlProvider resourceUrls;

    FingerprintedAssetUrls(ResourceUrlProvider resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    @Override
    public String of(String path) {
        String fingerprinted = resourceUrls.getForLookupPath(path);
        return fingerprinted != null ? fingerprinted : path;
    }
}
