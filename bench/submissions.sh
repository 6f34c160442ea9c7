#!/usr/bin/env bash
# Durable report submissions (report, reference, outbox event; fsync on) sent back to back by 64 at once: 20,000
# first to warm up (not counted: on two busy cores the JIT needs minutes to compile the hot paths), then 10,000
# measured: sent/s, p50/p95/p99, and how soon every contact was open. Fails if any is lost or doubled.
source "$(dirname "$0")/lib.sh"
run_bench SubmissionsBenchIT submissions -Dbench.concurrency="${CONCURRENCY:-64}" -Dbench.count="${COUNT:-10000}" \
  -Dbench.warm-up-count="${WARM_UP_COUNT:-20000}" -Dbench.app-args="${APP_ARGS:-}"
