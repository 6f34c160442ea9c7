package org.bluelamp.notify;

/** How a message travels. */
enum MessageChannel {
    EMAIL,
    SMS
}
