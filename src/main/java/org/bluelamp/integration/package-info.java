/**
 * Integration: the force's API at /api/v1 for its own systems (records management, command and control). Clients
 * registered by admins take tokens by OAuth 2.0 client credentials (or present a client certificate, or a token from
 * an external issuer) and may read a feed of contact events, read a contact whole, write back crime numbers, officers
 * and results, and receive signed webhooks. Every read is in the access log as a read by the client. See
 * docs/integration.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting", "contact"})
package org.bluelamp.integration;
