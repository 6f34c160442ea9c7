package org.bluelamp.open311;

import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.contact.ContactStates;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.platform.personaldata.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a client's requests stand: open or closed, and when last changed. Each one told is in the access log as a read
 * of the contact by that client, in the same transaction.
 */
@Service
class RequestStatuses {

    private final ContactStates states;
    private final AccessLog log;

    RequestStatuses(ContactStates states, AccessLog log) {
        this.states = states;
        this.log = log;
    }

    record Status(SentRequests.Sent request, boolean closed, Instant updatedAt) {

        String code() {
            return closed ? "closed" : "open";
        }
    }

    /**
     * The statuses of these requests, keeping only those whose status is one of {@code wanted} ("open", "closed"; all
     * when empty), at most {@code limit}, in the order given. A request whose contact is not open yet is open.
     */
    @Transactional
    List<Status> of(ApiClient client, List<SentRequests.Sent> requests, Set<String> wanted, int limit) {
        var found = states.of(requests.stream().map(SentRequests.Sent::reportId).toList());
        var statuses = new ArrayList<Status>();
        for (var request : requests) {
            var state = found.get(request.reportId());
            var status = state == null ? new Status(request, false, request.requestedAt())
                    : new Status(request, state.finished(), state.updatedAt());
            if (statuses.size() < limit && (wanted.isEmpty() || wanted.contains(status.code()))) {
                statuses.add(status);
                log.read(client.accessor(), ContactRecordKind.CONTACT, request.reference().value(),
                        Map.of("page", "open311"));
            }
        }
        return statuses;
    }
}
