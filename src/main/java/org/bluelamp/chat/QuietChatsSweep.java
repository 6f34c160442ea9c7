package org.bluelamp.chat;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Ends chats whose person went away and did not come back in time: a waiting chat is then abandoned, an answered one
 * ended (the handler is told). Once across all instances.
 */
@Component
class QuietChatsSweep {

    private final ChatDesk desk;
    private final JobLeases leases;

    QuietChatsSweep(ChatDesk desk, JobLeases leases) {
        this.desk = desk;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT20S", initialDelayString = "PT20S")
    void sweep() {
        leases.runOnce("chat.quiet-chats", Duration.ofSeconds(15), Duration.ofMinutes(1), desk::endQuietChats);
    }
}
