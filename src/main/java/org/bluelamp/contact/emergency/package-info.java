/**
 * Possible emergency: explainable phrase rules, kept in {@code contact/possible-emergency.yaml}, that flag free text
 * suggesting someone is in danger now and show which words did it. A flag asks a person to look; it decides nothing.
 * Other modules that take free text from the public (the live chat) run the same rules.
 */
@org.springframework.modulith.NamedInterface("emergency")
package org.bluelamp.contact.emergency;
