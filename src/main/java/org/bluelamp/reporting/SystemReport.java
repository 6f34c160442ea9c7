package org.bluelamp.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole report sent by another system (Open311), to be answered question by question through the same engine and
 * checks as the public's journeys. The standard parts are mapped onto the definition's questions by their roles:
 * the reporter's name, email and phone, what happened and where.
 *
 * @param sender      who sent it, as the access log and the contact's timeline name them ("api:" and a client id)
 * @param answers     values by {@link SystemQuestion#code()}; codes the service does not have are ignored
 * @param name        the reporter's name, or null
 * @param description what happened in the reporter's words, or null
 * @param place       where it happened, or null
 */
public record SystemReport(String serviceId, Channel channel, String sender, Map<String, List<String>> answers,
                           String name, String email, String phone, String description, Place place) {

    /** The standard parts' names in a {@link SystemReportRefused.Problem}, beside question codes. */
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String DESCRIPTION = "description";
    public static final String PLACE = "place";

    public SystemReport {
        Objects.requireNonNull(serviceId);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(sender);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /**
     * Where: an address or description of the place as typed, and coordinates (WGS84), either or both. It answers the
     * service's location question as a description of the place, since no question takes coordinates.
     */
    public record Place(String address, Double latitude, Double longitude) {

        public boolean given() {
            return (address != null && !address.isBlank()) || (latitude != null && longitude != null);
        }
    }
}
