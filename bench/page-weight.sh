#!/usr/bin/env bash
# The weight of a question page in Chromium with JavaScript on: bytes received on its first view (nothing cached)
# and on a repeat view (the next question, with the fingerprinted files cached), by kind of file, compressed.
# The goal: a first view of at most 35 KB and repeat views of at most 5 KB.
#
#   bench/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

./mvnw -q -B test -Dtest=PageWeightBrowserTest -Dsurefire.failIfNoSpecifiedTests=false

cat target/bench/page-weight.md
