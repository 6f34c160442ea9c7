package org.bluelamp.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The relay page's BSL video: the page explained in BSL by a Deaf presenter, as a file of this site (say
 * {@code /assets/video/bsl-relay.mp4} served from the static folder, or an address the CSP allows). Unset, the page
 * shows none.
 */
@ConfigurationProperties("bluelamp.relay.page")
public record RelayPageProperties(String bslVideo, String bslVideoCaptions) {

    public RelayPageProperties {
        bslVideo = bslVideo == null || bslVideo.isBlank() ? null : bslVideo.strip();
        bslVideoCaptions = bslVideoCaptions == null || bslVideoCaptions.isBlank() ? null : bslVideoCaptions.strip();
    }
}
