#!/usr/bin/env bash
# Start-up to ready and the JVM's memory after a run of journeys, for ways of running Bluelamp side by side, each
# started 5 times on an existing data folder. VARIANTS="name=jvm options;name=jvm options" to compare others.
source "$(dirname "$0")/lib.sh"
run_bench StartupBenchIT startup -Dbench.starts="${STARTS:-5}" \
  -Dbench.variants="${VARIANTS:-bin/run=}"
