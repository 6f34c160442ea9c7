/**
 * The ways to reach a person, as checked values: an email address and a UK phone number in E.164. Reports hand
 * them out, messages are sent to them and one-time codes are sent to them; they never print themselves in logs.
 */
package org.bluelamp.platform.contactpoint;
