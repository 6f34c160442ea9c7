/**
 * The back office: every contact from the public, whatever the channel, in the queues staff work from, with
 * the clock for its first response. It opens a contact when a report is submitted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting"})
package org.bluelamp.contact;
