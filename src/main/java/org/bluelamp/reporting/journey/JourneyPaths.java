package org.bluelamp.reporting.journey;

/** Addresses of the pages of a journey. */
final class JourneyPaths {

    static final String CHECK_ANSWERS = "check-answers";
    static final String COPY = "copy";

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
