#!/usr/bin/env bash
# One question page asked for by 64 people at once for 20 seconds, after a 60-second warm-up (on two busy cores the
# JIT needs that long to finish compiling the hot paths): requests/s and
# p50/p95/p99. Fails on any failed request. CONCURRENCY=16,64,256 bench/question-page.sh for more levels.
source "$(dirname "$0")/lib.sh"
run_bench QuestionPageBenchIT question-page -Dbench.concurrency="${CONCURRENCY:-64}" \
  -Dbench.warm-up="${WARM_UP:-60s}" -Dbench.measure="${MEASURE:-20s}" -Dbench.app-args="${APP_ARGS:-}"
