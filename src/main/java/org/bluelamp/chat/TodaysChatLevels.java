package org.bluelamp.chat;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Today's chat service levels, for the chat console and, beside the relay's levels, for the relay console: only to
 * someone who may see the chat console (handlers, who answer chats, and supervisors, who watch them).
 */
@Service
public class TodaysChatLevels {

    private static final Set<String> SEE_LEVELS = Set.of(Permission.WEB_CHATS.name(),
            Permission.WATCH_WEB_CHATS.name());

    private final Chats chats;
    private final ChatProperties properties;
    private final StaffMembers staff;
    private final Clock clock;

    TodaysChatLevels(Chats chats, ChatProperties properties, StaffMembers staff, Clock clock) {
        this.chats = chats;
        this.properties = properties;
        this.staff = staff;
        this.clock = clock;
    }

    /** Today's levels if this member of staff may see the chat console; empty to anyone else. */
    public Optional<ChatServiceLevels> visibleTo(Authentication signedIn) {
        boolean may = signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(authority -> SEE_LEVELS.contains(authority.getAuthority()));
        return may ? Optional.of(today()) : Optional.empty();
    }

    /** Today's levels: one query for the figures, one for the handlers, then their names (no query per row). */
    public ChatServiceLevels today() {
        var now = clock.instant();
        var dayStart = LocalDate.ofInstant(now, LondonTime.ZONE).atStartOfDay(LondonTime.ZONE).toInstant();
        var figures = chats.serviceLevels(dayStart, properties.answerTarget(), now);
        var handlers = chats.handlersSince(dayStart).stream()
                .map(day -> new ChatServiceLevels.HandlerDay(staff.find(day.username())
                        .map(StaffMember::displayName).orElse(day.username()), day.chats(), day.averageLength()))
                .sorted(Comparator.comparing(ChatServiceLevels.HandlerDay::chats).reversed()
                        .thenComparing(ChatServiceLevels.HandlerDay::displayName))
                .toList();
        return new ChatServiceLevels(figures.waiting(), figures.longestWait(), figures.answered(),
                figures.answeredInTime(), figures.abandoned(), figures.averageLength(), figures.answerTarget(),
                handlers);
    }
}
