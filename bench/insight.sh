#!/usr/bin/env bash
# The insight pages over 5 million contacts (issue 27), against the jar: three years of contacts of every channel,
# report type and team made in SQL (INSERT ... SELECT FROM generate_series, with every index of the schema in place),
# counted into the insight tables, then a performance analyst asks for each page REQUESTS times (200) after WARM_UP
# (20) with a mix of filters: p50/p95/p99 per page, the time to make and to count the contacts, the database's size
# and the plans of the roll-up's queries. Fails if a page's p95 is 500 ms or more. The data folder goes under
# DATA_ROOT (/tmp; about 6 GB at 5 million) and is deleted afterwards.
#   CONTACTS=500000 REQUESTS=50 bench/insight.sh    # a quicker look
#   ROLLUP=sql bench/insight.sh                     # counted by the bench's quicker SQL stand-in, not the application
#   PAGES=/staff/insight,/performance bench/insight.sh
#   KEEP_DATA=true bench/insight.sh                 # keeps the data folder (its path is in target/bench/insight.log)
#   DATA_DIR=/tmp/insight-.../data bench/insight.sh # uses a kept folder's contacts instead of making them again
# The retention review is put off for a day: three years of generated contacts, never reviewed, would have it list
# millions of records while the pages are timed (docs/performance.md, "Insight").
source "$(dirname "$0")/lib.sh"
pages=()
[ -n "${PAGES:-}" ] && pages=("-Dbench.pages=$PAGES")
run_bench InsightBenchIT insight \
  -Dbench.contacts="${CONTACTS:-5000000}" -Dbench.requests="${REQUESTS:-200}" -Dbench.warm-up="${WARM_UP:-20}" \
  -Dbench.rollup="${ROLLUP:-app}" -Dbench.enforce-goal=true -Dbench.data-root="${DATA_ROOT:-/tmp}" \
  -Dbench.keep-data="${KEEP_DATA:-false}" -Dbench.data-dir="${DATA_DIR:-}" \
  -Dbench.app-args="${APP_ARGS:---bluelamp.insight.refresh-every=PT2M --bluelamp.insight.repeats-every=PT2M --bluelamp.privacy.retention.first-review-after=P1D}" \
  "${pages[@]}"
