package org.bluelamp.integration.results;

import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.contact.RecordsSystemUpdates;
import org.bluelamp.contact.RecordsSystemUpdates.Written;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.reporting.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.function.Function;

/**
 * A client's write to a contact with its entry in the access log, in one transaction: the answer tells the client
 * whether the contact exists and whether it held the value already, so each call is recorded as a look by that client
 * (an unknown reference reads nothing, and is not).
 */
@Service
class ResultWrites {

    private final RecordsSystemUpdates updates;
    private final AccessLog accessLog;

    ResultWrites(RecordsSystemUpdates updates, AccessLog accessLog) {
        this.updates = updates;
        this.accessLog = accessLog;
    }

    /** @param what the write, for the log: crime-number, officer-in-charge or result */
    @Transactional
    Written write(ApiClient client, Reference reference, String what,
                  Function<RecordsSystemUpdates, Written> write) {
        var written = write.apply(updates);
        if (written != Written.UNKNOWN_CONTACT) {
            accessLog.read(client.accessor(), ContactRecordKind.CONTACT, reference.value(), Map.of("page", "api",
                    "write", what, "changed", String.valueOf(written == Written.CHANGED)));
        }
        return written;
    }

    /** The actor of a client's writes on a contact's timeline. */
    static String actor(ApiClient client) {
        return client.accessor().username();
    }
}
