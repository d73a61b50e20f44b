#!/usr/bin/env bash
# The coordination engine's first pass on Spark (vigil-coordination-spark) against the engine's own
# single-machine first pass, on the whole IRA file cut into parts (once, under $TMPDIR/vigil-bench):
# wall time of each and whether their edges agree. Spark runs in local mode inside this JVM.
# Usage: bench/coordination-spark.sh [parts] [master]   (default: 8 local[2])
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${VIGIL_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
JAVA_OPTS="${JAVA_OPTS:--Xmx8g -XX:+UseParallelGC}"

./mvnw -q -B -pl vigil-coordination install -DskipTests
./mvnw -q -B -pl vigil-coordination-spark -DskipTests test-compile
./mvnw -q -B -pl vigil-coordination-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/coordination-spark-bench.cp >/dev/null
CP="vigil-coordination-spark/target/classes:vigil-coordination-spark/target/test-classes:$(cat vigil-coordination-spark/target/coordination-spark-bench.cp)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg); java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$CP" io.vigil.coordination.spark.SparkFirstPassBenchmark "$DATA" "${1:-8}" "${2:-local[2]}"
