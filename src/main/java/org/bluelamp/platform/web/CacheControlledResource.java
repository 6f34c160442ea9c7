package org.bluelamp.platform.web;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * An asset with the Cache-Control header it is to be served with (the resource handler sends an HttpResource's
 * headers). That is its only header: a strong ETag, which the version resolver would add, stops Tomcat compressing.
 */
final class CacheControlledResource extends AbstractResource implements HttpResource {

    private final Resource asset;
    private final CacheControl cacheControl;

    CacheControlledResource(Resource asset, CacheControl cacheControl) {
        this.asset = asset;
        this.cacheControl = cacheControl;
    }

    @Override
    public HttpHeaders getResponseHeaders() {
        var headers = new HttpHeaders();
        headers.setCacheControl(cacheControl);
        return headers;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return asset.getInputStream();
    }

    @Override
    public boolean exists() {
        return asset.exists();
    }

    @Override
    public boolean isReadable() {
        return asset.isReadable();
    }

    @Override
    public URL getURL() throws IOException {
        return asset.getURL();
    }

    @Override
    public long contentLength() throws IOException {
        return asset.contentLength();
    }

    @Override
    public long lastModified() throws IOException {
        return asset.lastModified();
    }

    @Override
    public String getFilename() {
        return asset.getFilename();
    }

    @Override
    public String getDescription() {
        return asset.getDescription();
    }
}
