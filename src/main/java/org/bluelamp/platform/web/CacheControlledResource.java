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
    private final boolean lastModified;

    CacheControlledResource(Resource asset, CacheControl cacheControl) {
        this(asset, cacheControl, true);
    }

    private CacheControlledResource(Resource asset, CacheControl cacheControl, boolean lastModified) {
        this.asset = asset;
        this.cacheControl = cacheControl;
        this.lastModified = lastModified;
    }

    /** Served with no Last-Modified, so nobody can revalidate it into a 304 and keep it past its lifetime. */
    static CacheControlledResource withoutLastModified(Resource asset, CacheControl cacheControl) {
        return new CacheControlledResource(asset, cacheControl, false);
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
        return lastModified ? asset.lastModified() : -1;
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
