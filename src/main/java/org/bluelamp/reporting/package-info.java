/**
 * The public's online reports: the catalogue of services, the question flow driven by definitions as data,
 * drafts that survive closed browsers and restarts, submission, and reference numbers. Other modules see a
 * report only through {@link org.bluelamp.reporting.ReportSubmitted} and {@link org.bluelamp.reporting.SubmittedReports}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.bluelamp.reporting;
