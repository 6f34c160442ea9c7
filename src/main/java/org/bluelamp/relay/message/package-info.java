/**
 * BSL video messages: a Deaf person records or uploads a message in British Sign Language as a report
 * ({@code services/bsl-video-message.yaml}, at any time), it waits in the interpreters' queue at
 * {@code /staff/relay/messages}, and an interpreter plays it and writes its English translation on the contact's
 * timeline. Internal to the relay module.
 */
package org.bluelamp.relay.message;
