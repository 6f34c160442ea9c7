/**
 * Data protection: subject access requests from the public and the data protection team's work on them (identity,
 * the search of every module, scope, redaction, the answer and its release), retention rules with reviews and
 * disposal, and the access log's pages: who looked at a record. Modules take part through
 * {@code platform.personaldata}. See docs/privacy.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform",
        "staff",
        "reporting",
        "reporting :: engine",
        "reporting :: draft-cookie",
        "reporting :: upload",
        "contact",
        "contact :: clocks"})
package org.bluelamp.privacy;
