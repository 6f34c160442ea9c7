/**
 * Email and text messages to the public: the templates in plain words, the outbox every message is written to in
 * the same transaction as its cause (or by a listener that is retried until done), and the worker that delivers
 * each one once through GOV.UK Notify, SMTP or the development outbox, recording every attempt.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform",
        "staff",
        "reporting",
        "contact",
        "appointments",
        "privacy",
        "tracking",
        "chat"})
package org.bluelamp.notify;
