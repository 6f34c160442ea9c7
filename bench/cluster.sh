#!/usr/bin/env bash
# The cluster test at length: two Bluelamp jars on one PostgreSQL and one shared file store behind nginx round robin
# (no sticky sessions). Staff sign in on one and work on the other; a relay caller on one is answered on the other;
# both instances are restarted one at a time, ROUNDS times, while PEOPLE report crimes through nginx, and no page may
# fail; a journey with an upload carries on when the instance serving it is killed with kill -9.
# CI runs a short version (4 people, one round) as part of bin/test. Needs Debian's nginx (bin/test installs it).
#
#   bench/cluster.sh                       # 16 people, 3 rounds of restarts
#   PEOPLE=32 ROUNDS=5 bench/cluster.sh    # longer
source "$(dirname "$0")/lib.sh"

people="${PEOPLE:-16}"
rounds="${ROUNDS:-3}"

./mvnw -q -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterIT \
  -Dbluelamp.cluster.people="$people" -Dbluelamp.cluster.rounds="$rounds"

echo "Cluster test passed on $(nproc) cores, $(date -u +%Y-%m-%d):"
grep -h "Cluster test" target/failsafe-reports/org.bluelamp.cluster.ClusterIT-output.txt | sed 's/^.* -- /  /'
