#!/usr/bin/env bash
# Complete crime-report journeys as browsers with JavaScript off (every GET, POST and redirect, fresh cookies each
# journey) at 1, 16, 64 and 256 people at once, 4 journeys each: journeys/s, requests/s, p50/p95/p99, failures.
# Fails on any failed journey or 5xx. CONCURRENCY=1,16 JOURNEYS_EACH=2 bench/journeys.sh for a quick look.
source "$(dirname "$0")/lib.sh"
run_bench JourneysBenchIT journeys -Dbench.concurrency="${CONCURRENCY:-1,16,64,256}" \
  -Dbench.journeys-each="${JOURNEYS_EACH:-4}" -Dbench.limit="${LIMIT:-5m}" -Dbench.app-args="${APP_ARGS:-}"
