#!/usr/bin/env bash
# One question page asked for by 64 people at once, measured with wrk (a load generator in C, so that on a two-core
# machine the load takes as little as possible of the cores the server needs): requests/s and p50/p90/p99.
# A long warm-up first (WARM_UP, 300 s): on two busy cores the JIT takes minutes to finish compiling the hot paths.
# Fails on any socket error or any answer but 200. CONCURRENCY="16 64 256" bench/question-page.sh for more levels.
# (CI runs the same page briefly with the Java load generator: QuestionPageBenchIT.)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

concurrency="${CONCURRENCY:-64}"
warm_up="${WARM_UP:-300}"
measure="${MEASURE:-20}"
port="${PORT:-18090}"
run=target/bench/question-page-run
page="http://localhost:$port/report/crime/crime-type"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  apt-get install -y -q wrk >/dev/null
fi
./mvnw -q -B -DskipTests package
bin/prepare-start
rm -rf "$run" && mkdir -p "$run"
BLUELAMP_DATA_DIR="$run/data" java @bin/jvm.options -jar target/app/bluelamp.jar --server.port="$port" --management.server.port=0 \
  ${APP_ARGS:-} >"$run/bluelamp.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until grep -q "is ready" "$run/bluelamp.log"; do
  kill -0 $app 2>/dev/null || { echo "Bluelamp did not start: $run/bluelamp.log" >&2; exit 1; }
  sleep 0.5
done

# A draft of one's own, as a person who has said it is not an emergency has.
jar="$run/cookies"
csrf=$(curl -sf -c "$jar" -b "$jar" "http://localhost:$port/report/crime" | grep -o 'name="_csrf" value="[^"]*"' \
  | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" -d emergency=no "http://localhost:$port/report/crime"
cookie=$(awk '$6 ~ /^bluelamp_/ {printf "%s=%s; ", $6, $7}' "$jar")
[[ "$cookie" == *bluelamp_draft=* ]] || { echo "No draft was started" >&2; exit 1; }

ask() { # seconds, connections: wrk's report
  wrk -t2 -c"$2" -d"$1"s --latency -H "Cookie: $cookie" -H "Accept: text/html" -H "Accept-Encoding: gzip" "$page"
}
ms() { # a latency as wrk prints it (850.00us, 12.5ms, 1.2s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'
}

echo "Warming up for $warm_up s..."
ask "$warm_up" 64 >/dev/null
table="| concurrent | seconds | requests | failures | requests/s | p50 ms | p90 ms | p99 ms |
|---:|---:|---:|---:|---:|---:|---:|---:|"
failed=0
for c in $concurrency; do
  out=$(ask "$measure" "$c")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  failures=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); n += $1 + $2 + $3 + $4} END {print n + 0}' <<<"$out")
  rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p() { ms "$(awk -v q="$1%" '$1 == q {print $2}' <<<"$out")"; }
  table+="
| $c | $measure | $requests | $failures | $rate | $(p 50) | $(p 90) | $(p 99) |"
  (( failures == 0 )) || failed=1
done
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, wrk, gzip accepted, after ${warm_up} s of warm-up:"
echo "$table"
exit $failed
