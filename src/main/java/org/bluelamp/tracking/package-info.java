/**
 * "Check your report": the public follow and answer their report online with a code sent to the email or phone they
 * gave, so they need not ring 101 for an update. It owns the limits on asking for codes and the access a passed
 * code gives to one report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "reporting", "contact"})
package org.bluelamp.tracking;
