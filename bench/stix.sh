#!/usr/bin/env bash
# Figures for vigil-stix (STIX 2.1 validation, catalogs, export/import), printed as a markdown table for the README:
# schema validation of the DISARM bundle and of ATT&CK Enterprise converted to 2.1, the typed round trip, catalog
# loading, and export + re-import of the demo 2020 assessment. Harness: io.vigil.stix.StixBenchmark (test sources).
# Usage: bench/stix.sh [runs]   (needs the shared data at ../shared/data or VIGIL_SHARED_DATA; no network)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${VIGIL_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
RUNS="${1:-7}"
./mvnw -q -B -pl vigil-stix test-compile
./mvnw -q -B -pl vigil-stix dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/vigil-stix/target/stix-bench.cp" >/dev/null
CP="vigil-stix/target/test-classes:vigil-stix/target/classes:$(cat vigil-stix/target/stix-bench.cp)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -Dvigil.shared.data="$DATA" -cp "$CP" io.vigil.stix.StixBenchmark "$DATA" "$RUNS"
