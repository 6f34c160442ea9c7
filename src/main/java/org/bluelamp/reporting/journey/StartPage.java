package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.definition.ServiceDefinition;

/** The first page of every journey: is this an emergency? */
public record StartPage(ServiceDefinition service, FormErrors errors) {

    /** The service's own wording of the question where it has one, else the general one from the messages. */
    public String question(Frame frame) {
        return own(service.emergency() == null ? null : service.emergency().question(), "start.emergency.question", frame);
    }

    public String hint(Frame frame) {
        return own(service.emergency() == null ? null : service.emergency().hint(), "start.emergency.hint", frame);
    }

    public String yes(Frame frame) {
        return own(service.emergency() == null ? null : service.emergency().yes(), "start.emergency.yes", frame);
    }

    private static String own(String text, String key, Frame frame) {
        return text != null ? text : frame.t(key);
    }
}
