/**
 * Open311 GeoReport v2 at /open311/v2, for other public services' systems (a council's app, FixMyStreet): the
 * services and their questions generated from the report definitions, reports sent whole by a client's api_key
 * through the same question engine and checks as the public's, and the status of a client's own requests, in XML and
 * JSON, with errors in the spec's format. See docs/open311.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "reporting", "contact",
        "contact :: emergency", "integration"})
package org.bluelamp.open311;
