package org.bluelamp.notify;

/** Message delivery is set up wrongly: says which setting is missing, so start-up fails with that and no more. */
class NotifyConfigurationException extends RuntimeException {

    private final String action;

    NotifyConfigurationException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    String action() {
        return action;
    }
}
