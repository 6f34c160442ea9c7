#!/usr/bin/env bash
# Start-up to ready and the JVM's memory after a run of journeys, for ways of running Bluelamp side by side, each
# started 5 times on an existing data folder. VARIANTS="name=BASE [jvm options];..." compares others, where BASE is
# bin/run (as bin/run starts it) or plain (the jar as Maven builds it, JVM defaults), e.g.
#   VARIANTS="plain=plain;bin/run=bin/run;serial GC=bin/run -XX:+UseSerialGC" bench/startup.sh
source "$(dirname "$0")/lib.sh"
run_bench StartupBenchIT startup -Dbench.starts="${STARTS:-5}" \
  -Dbench.variants="${VARIANTS:-plain=plain;bin/run=bin/run}"
