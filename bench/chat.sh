#!/usr/bin/env bash
# 101 live chat under load, against the jar: CHATS people (500) join at once, handlers answer every chat (each holds
# HELD_AT_ONCE, 25), then each chat exchanges LINES_PER_SECOND lines (2) for CHAT_SECONDS (60), person and handler
# taking turns. Fails if a line is lost, doubled or out of order at the other party, or on a 5xx; never on speed.
# CHATS=20 CHAT_SECONDS=15 bench/chat.sh for a quick look; CHATS=100,500 for two sizes, each on a fresh instance.
source "$(dirname "$0")/lib.sh"
run_bench ChatBenchIT chat -Dbench.chats="${CHATS:-500}" -Dbench.seconds="${CHAT_SECONDS:-60}" \
  -Dbench.lines-per-second="${LINES_PER_SECOND:-2}" -Dbench.held-at-once="${HELD_AT_ONCE:-25}"
