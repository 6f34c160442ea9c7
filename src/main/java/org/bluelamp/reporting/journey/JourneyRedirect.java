package org.bluelamp.reporting.journey;

/**
 * Sends the browser elsewhere in the journey: to the start when it has no draft, to the confirmation once the
 * report is sent, or back to the first question it has not answered when it tries to skip ahead.
 */
final class JourneyRedirect extends RuntimeException {

    private final String path;

    JourneyRedirect(String path) {
        super(path, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
