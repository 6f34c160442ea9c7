/**
 * "Leave this site" (the quick exit): one address, {@code /leave}, that ends every way this browser has into the
 * public pages, server side, then sends it to a neutral site. Each module that lets a browser in without an
 * account (drafts, tracking, subject access, the relay) ends its own access by implementing {@link
 * org.bluelamp.platform.leave.PublicAccess}; platform knows none of them.
 */
package org.bluelamp.platform.leave;
