package org.bluelamp.platform.language;

/** The staff side, which is always in English whatever the public side offers. */
final class StaffPaths {

    private StaffPaths() {
    }

    static boolean isStaff(String path) {
        return path != null && (path.equals("/staff") || path.startsWith("/staff/"));
    }
}
