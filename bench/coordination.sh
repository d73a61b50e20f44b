#!/usr/bin/env bash
# Coordination-detection benchmark (vigil-coordination): runs io.vigil.coordination.CoordinationBenchmark
# from the module's test sources on the whole IRA file (../shared/data/influence), in fresh JVMs with a
# 4 GB heap, and prints the figures that go in vigil-coordination/README.md:
#   1. whole file, all signals, clustering, explanations: wall time, CPU time, heap; ARI/NMI/purity/coverage
#   2. the Sep 1 - Nov 20 2016 slice (the reference note's test slice): the same figures
#   3. scaling: 10 %, 50 %, 100 % of the rows (deterministic samples written once under $TMPDIR/vigil-bench)
#   4. planted: recall of planted coordinated groups hidden among the slice's real accounts, by group
#      size, timing jitter and number of shared posts (PlantedGroupsBenchmark)
#   5. organic: false positives on a synthetic organic control and recall of groups planted in it,
#      with accounts of independent interests and with communities of interest (OrganicControlBenchmark)
#   6. small: groups planted in small hand-made inputs of random accounts (SmallInputsBenchmark)
# QUT coordination-network-toolkit figures (same data, same kind of 2-core machine) are quoted from
# ../shared/brief/reference/coordination-detection.md for the ratio; the toolkit is not installed here.
# Usage: bench/coordination.sh [whole|slice|scaling|planted|organic|small|all]   (default: all)
# JAVA_OPTS="-Xmx4g -XX:+UseParallelGC -Dinterest=0" runs every harness without the interest model
# (-Dinterest=S sets the interest share).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${VIGIL_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
# ParallelGC: about 10% less CPU than G1 on this batch job (13.7-14.7 s vs 15.9-16.4 s, whole file)
JAVA_OPTS="${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}"
WHAT="${1:-all}"

./mvnw -q -B -pl vigil-coordination -DskipTests test-compile
./mvnw -q -B -pl vigil-coordination dependency:build-classpath -Dmdep.outputFile=target/coordination-bench.cp >/dev/null
CP="vigil-coordination/target/classes:vigil-coordination/target/test-classes:$(cat target/coordination-bench.cp 2>/dev/null || cat vigil-coordination/target/coordination-bench.cp)"
# shellcheck disable=SC2086
run() { "$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$CP" io.vigil.coordination.CoordinationBenchmark "$DATA" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg); java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
if [[ "$WHAT" == all || "$WHAT" == whole ]]; then
  echo "== whole file, all signals (QUT: load 82 s + co-retweet 34.5 s + co-link 26.1 s + co-tweet 31.5 s = 174 s; co-retweet ARI 0.16)"
  run
fi
if [[ "$WHAT" == all || "$WHAT" == slice ]]; then
  echo "== Sep 1 - Nov 20 2016 slice (QUT: ARI 0.36 co-retweet 60 s, 0.57 co-retweet 1 h, 0.64 co-link)"
  run 2016-09-01T00:00:00Z 2016-11-21T00:00:00Z
fi
if [[ "$WHAT" == all || "$WHAT" == scaling ]]; then
  for p in 10 50 100; do
    echo "== scaling: ${p}% of the rows"
    run 2000-01-01T00:00:00Z 2030-01-01T00:00:00Z --sample "$p" | grep -E "^(posts|input|phases|all)"
  done
fi
if [[ "$WHAT" == all || "$WHAT" == planted ]]; then
  for items in 5 2; do
    echo "== planted groups, ${items} shared posts each"
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$CP" io.vigil.coordination.PlantedGroupsBenchmark "$DATA" 10 "$items"
  done
fi
if [[ "$WHAT" == all || "$WHAT" == organic ]]; then
  # rows of 3-20 members, and of 60 (a group the size of a topic's community); with and without a
  # daily cycle in six time zones
  for world in "0 0" "0.8 0" "0.8 6"; do
    read -r focus zones <<<"$world"
    echo "== synthetic organic control, share of each account's actions on its own topic: $focus, time zones: $zones"
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" $JAVA_OPTS -Dfocus="$focus" -Dzones="$zones" -Dlarge=60 -cp "$CP" io.vigil.coordination.OrganicControlBenchmark 5000 10
  done
fi
if [[ "$WHAT" == all || "$WHAT" == small ]]; then
  echo "== groups planted in small hand-made inputs"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$CP" io.vigil.coordination.SmallInputsBenchmark
fi
