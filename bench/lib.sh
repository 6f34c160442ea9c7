# Sourced by the bench scripts: builds the jar and runs one benchmark (a *BenchIT test of the jar) with the given
# -Dbench.* settings, then prints its results table from target/bench/NAME.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bin/jdk.sh

run_bench() {
  local test="$1" name="$2"
  shift 2
  rm -f "target/bench/$name.md"
  ./mvnw -q -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$test" "$@"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB:"
  cat "target/bench/$name.md"
}
