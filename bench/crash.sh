#!/usr/bin/env bash
# The crash test at length: Bluelamp's jar killed with kill -9 again and again (25 times by default) while people
# report at once (16), restarted on the same folder each time; then every reference shown, every saved answer and
# one contact per report are checked. CI runs a short version (6 kills, 8 people) as part of bin/test.
#
#   bench/crash.sh                       # 25 kills, 16 people
#   KILLS=50 PEOPLE=32 bench/crash.sh    # longer
#   SEED=1234 bench/crash.sh             # the same kill moments as an earlier run
source "$(dirname "$0")/lib.sh"

kills="${KILLS:-25}"
people="${PEOPLE:-16}"
seed_option=()
[ -n "${SEED:-}" ] && seed_option=("-Dbluelamp.crash.seed=$SEED")

./mvnw -q -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashRecoveryIT \
  -Dbluelamp.crash.kills="$kills" -Dbluelamp.crash.people="$people" "${seed_option[@]}"

echo "Crash test passed on $(nproc) cores, $(date -u +%Y-%m-%d):"
grep -h "Crash test" target/failsafe-reports/org.bluelamp.crash.CrashRecoveryIT-output.txt | sed 's/^.* -- /  /'
