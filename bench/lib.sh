# Sourced by the bench scripts: builds the jar and runs one benchmark (a *BenchIT test of the jar) with the given
# -Dbench.* settings, then prints its results table from target/bench/NAME.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bin/jdk.sh

# Up to integration-test, not verify: with -Dit.test the post-integration-test execution (the logs check) would run
# the benchmark a second time. Failures are read from failsafe's summary instead; the status says whether it passed.
run_bench() {
  local test="$1" name="$2"
  shift 2
  rm -f "target/bench/$name.md" target/failsafe-reports/failsafe-summary.xml
  ./mvnw -q -B integration-test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$test" "$@"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB:"
  cat "target/bench/$name.md" 2>/dev/null || echo "(no results table)"
  local summary=target/failsafe-reports/failsafe-summary.xml
  grep -q '<errors>0</errors>' "$summary" && grep -q '<failures>0</failures>' "$summary" || {
    echo "$test failed: target/failsafe-reports/org.bluelamp.bench.$test.txt" >&2
    return 1
  }
}
