package org.bluelamp.tracking;

import org.bluelamp.platform.codes.OneTimeCodeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every one-time code sent, as the message module would receive it, so tests can type the code a person gets. */
@Component
public class CodesForTests {

    private final List<OneTimeCodeIssued> issued = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OneTimeCodeIssued event) {
        issued.add(event);
    }

    public List<OneTimeCodeIssued> forChallenge(UUID challengeId) {
        return issued.stream().filter(e -> e.challengeId().equals(challengeId)).toList();
    }

    public List<OneTimeCodeIssued> forReference(String reference) {
        return issued.stream().filter(e -> reference.equals(e.reference())).toList();
    }
}
