package org.bluelamp.contact;

import java.util.UUID;

/**
 * What kind of report a contact is and how it came, for counting things about it without naming anyone.
 *
 * @param channel how it came: online, phone, video relay… (reporting.Channel codes)
 */
public record ContactOrigin(UUID contactId, String serviceId, String channel) {
}
