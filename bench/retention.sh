#!/usr/bin/env bash
# The retention review over a backlog, against the jar (384 MB of heap): CONTACTS (5,000,000) contacts over three
# years made in SQL, none ever reviewed (a force migrating its contacts in, or back from a pause), then Bluelamp
# started on them with its first review at once, and again: how long the first review takes to list every lapsed
# record, a page at a time, and the second to find them all again. Fails if a review does not finish within PATIENCE
# (2 hours) or lists a record twice or one that is not there; never on speed. The data folder goes under DATA_ROOT
# (/tmp; about 6 GB at 5 million) and is deleted afterwards.
#   CONTACTS=1000000 bench/retention.sh    # a quicker look
#   DATA_DIR=/tmp/insight-.../data bench/retention.sh  # the contacts of a folder bench/insight.sh kept (KEEP_DATA=true)
source "$(dirname "$0")/lib.sh"
run_bench RetentionBenchIT retention \
  -Dbench.contacts="${CONTACTS:-5000000}" -Dbench.patience="${PATIENCE:-2h}" -Dbench.data-root="${DATA_ROOT:-/tmp}" \
  -Dbench.keep-data="${KEEP_DATA:-false}" -Dbench.data-dir="${DATA_DIR:-}"
