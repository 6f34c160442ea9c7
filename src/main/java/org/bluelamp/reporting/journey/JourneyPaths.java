package org.bluelamp.reporting.journey;

/** Addresses of the pages of a journey. */
final class JourneyPaths {

    static final String CHECK_ANSWERS = "check-answers";
    static final String COPY = "copy";
    static final String SAVE_FOR_LATER = "save-for-later";
    static final String LINK_SENT = "link-sent";

    private JourneyPaths() {
    }

    static String start(String serviceId) {
        return "/report/" + serviceId;
    }

    static String page(String serviceId, String page) {
        return "/report/" + serviceId + "/" + page;
    }

    static String redirect(String serviceId, String page) {
        return "redirect:" + page(serviceId, page);
    }
}
