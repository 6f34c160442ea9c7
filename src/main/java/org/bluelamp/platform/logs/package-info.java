/**
 * What the log says and how: its format (text or JSON) and the request id on every line of a request.
 */
package org.bluelamp.platform.logs;
