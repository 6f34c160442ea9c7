package org.bluelamp.platform.web;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The current file, asked for by a fingerprint that is not its content's ({@link UnknownFingerprintResolver}). Equal
 * to the file itself (by description), so the transformed copy cached for the file serves it too.
 */
final class UnknownFingerprint extends AbstractResource {

    private final Resource current;

    UnknownFingerprint(Resource current) {
        this.current = current;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return current.getInputStream();
    }

    @Override
    public boolean exists() {
        return current.exists();
    }

    @Override
    public boolean isReadable() {
        return current.isReadable();
    }

    @Override
    public URL getURL() throws IOException {
        return current.getURL();
    }

    @Override
    public long contentLength() throws IOException {
        return current.contentLength();
    }

    @Override
    public long lastModified() throws IOException {
        return current.lastModified();
    }

    @Override
    public Resource createRelative(String relativePath) throws IOException {
        return current.createRelative(relativePath);
    }

    @Override
    public String getFilename() {
        return current.getFilename();
    }

    @Override
    public String getDescription() {
        return current.getDescription();
    }
}
