/**
 * Insight: management figures from Bluelamp's own records, with no personal data. Contacts are counted a UK day at
 * a time into small tables ({@code insight_*}, kept by {@link org.bluelamp.insight.InsightRefresh}); the staff pages
 * at /staff/insight draw them as charts with their numbers in tables and CSV; /performance publishes the monthly
 * figures. See docs/insight.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting", "contact", "chat", "relay"})
package org.bluelamp.insight;
