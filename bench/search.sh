#!/usr/bin/env bash
# Contact search over a million realistic contacts loaded straight into the embedded PostgreSQL (names, emails,
# phones, postcodes, registrations and accounts from word lists, in SQL): each kind of query many times with
# different terms through the application's own search, p50/p95/p99 against the goal of p95 under 100 ms.
# Fails if an exact search misses, never on speed. CONTACTS=100000 bench/search.sh for a quicker run.
source "$(dirname "$0")/lib.sh"
run_bench ContactSearchBenchIT search -Dbench.contacts="${CONTACTS:-1000000}" -Dbench.terms="${TERMS:-200}"
