#!/usr/bin/env bash
# A surge of Deaf callers joining the BSL relay's queue at once (16, 64 and 256), against the jar: each joins and
# opens its signalling connection and is told its place; then the first leaves and all are told their new place.
# Fails if any caller is not told, or told wrong. CALLERS=16 bench/relay-queue.sh for a quick look.
source "$(dirname "$0")/lib.sh"
run_bench RelayQueueBenchIT relay-queue -Dbench.callers="${CALLERS:-16,64,256}"
