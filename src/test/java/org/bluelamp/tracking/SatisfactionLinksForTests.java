package org.bluelamp.tracking;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every "How did we do?" link made, as the message module would receive it, so tests can open the link a person gets. */
@Component
public class SatisfactionLinksForTests {

    private final List<SatisfactionAsked> asked = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SatisfactionAsked event) {
        asked.add(event);
    }

    public List<String> paths(String reference) {
        return asked.stream().filter(e -> e.reference().value().equals(reference)).map(SatisfactionAsked::path)
                .toList();
    }
}
