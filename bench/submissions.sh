#!/usr/bin/env bash
# Durable report submissions (report, reference, outbox event; fsync on) sent back to back by 64 at once, 5,000 of
# them: sent/s, p50/p95/p99, and how soon every contact was open. Fails if any is lost or doubled.
source "$(dirname "$0")/lib.sh"
run_bench SubmissionsBenchIT submissions -Dbench.concurrency="${CONCURRENCY:-64}" -Dbench.count="${COUNT:-5000}" \
  -Dbench.app-args="${APP_ARGS:-}"
