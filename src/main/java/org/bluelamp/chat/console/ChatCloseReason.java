package org.bluelamp.chat.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a handler ended a web chat, kept with the chat (chat.closed_reason, V48). A chat that needs no report is closed
 * with one of these and kept; the words are {@code chat.console.close.<code>}.
 */
enum ChatCloseReason {
    /** Logged as a report: the chat's contact has the transcript. */
    REPORTED("reported"),
    ADVICE_GIVEN("advice-given"),
    /** Passed to another organisation better placed to help. */
    SIGNPOSTED("signposted"),
    NOT_A_POLICE_MATTER("not-a-police-matter"),
    /** About something already reported: the person was told how to follow it up. */
    ALREADY_REPORTED("already-reported"),
    /** The person stopped replying. */
    NO_REPLY("no-reply"),
    /** A test, a hoax or abuse. */
    MISUSE("misuse"),
    /** The person asked for BSL and was given the BSL video relay's queue (never chosen from the list). */
    BSL_RELAY("bsl-relay");

    private final String code;

    ChatCloseReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The reasons a handler chooses from when ending a chat. */
    static List<ChatCloseReason> offered() {
        return Arrays.stream(values()).filter(reason -> reason != BSL_RELAY).toList();
    }

    static Optional<ChatCloseReason> chosen(String code) {
        return offered().stream().filter(reason -> reason.code.equals(code)).findFirst();
    }

    static ChatCloseReason stored(String code) {
        return code == null ? null : Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElseThrow();
    }
}
