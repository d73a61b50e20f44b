#!/usr/bin/env bash
# API under load (issue 2): p50/p99 of reading an assessment and adding evidence at 200 requests/s,
# on H2 and on PostgreSQL. Starts a demo server for each database, runs the open-loop harness
# (io.vigil.server.bench.ApiLoadBenchmark), prints a markdown table. Usage: bench/api.sh [rate] [seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. tools/find-jdk.sh; vigil_find_jdk; export JAVA_HOME="$VIGIL_JAVA_HOME"
RATE="${1:-200}"; SECS="${2:-20}"; PORT=18181
[ -f vigil-cli/target/vigil.jar ] || ./mvnw -q -B -o -Dspotless.check.skip=true -Dmaven.test.skip=true install >/dev/null
./mvnw -q -B -o -pl vigil-server test-compile -Dspotless.check.skip=true
./mvnw -q -B -o -pl vigil-server dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="vigil-server/target/test-classes:$(cat vigil-server/target/bench.cp)"
JAR="$ROOT/vigil-cli/target/vigil.jar"; cp -p "$JAR" /tmp/vigil-bench.jar
run() { # $1 label, rest: serve args
  local label="$1"; shift
  local home; home=$(mktemp -d)
  VIGIL_HOME="$home" "$JAVA_HOME/bin/java" -Xmx1g -jar /tmp/vigil-bench.jar serve --demo --port "$PORT" "$@" > "$home/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" io.vigil.server.bench.ApiLoadBenchmark "http://localhost:$PORT" "$RATE" "$SECS" "$label"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1); server and load generator on the same machine"
run "H2 (embedded)"
MATCH_RATE="${MATCH_RATE:-500}"
home=$(mktemp -d)
VIGIL_HOME="$home" "$JAVA_HOME/bin/java" -Xmx1g -jar /tmp/vigil-bench.jar serve --demo --port "$PORT" > "$home/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
"$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" io.vigil.server.bench.ApiLoadBenchmark "http://localhost:$PORT" "$MATCH_RATE" "$SECS" "Screening API, OFAC 2024 + our designations" match
kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$home"
psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists vigil_bench" -c "create database vigil_bench" >/dev/null
run "PostgreSQL 15" --db-url "jdbc:postgresql://127.0.0.1:5432/vigil_bench"
psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists vigil_bench" >/dev/null
