#!/usr/bin/env bash
# Benchmarks of vigil-screening on the shared data: quality (name pairs, cross-script pairs, Putin
# variants, yente negatives), batch throughput, index recall vs exhaustive scan, and the 2M-name scale
# harness, and JMH micro-benchmarks of the scorer and the index.
# Usage: bench/screening.sh [quality|scale|jmh|all] (default all). Needs ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${VIGIL_SHARED_DATA:-$(pwd)/../shared/data}"
./mvnw -q -B -pl vigil-screening test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/screening-bench.cp -Dmdep.includeScope=test >/dev/null
CP="vigil-screening/target/test-classes:vigil-screening/target/classes:$(cat vigil-screening/target/screening-bench.cp)"
what="${1:-all}"
if [[ "$what" == quality || "$what" == all ]]; then
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" io.vigil.screening.ScreeningQualityBenchmark "$DATA"
fi
if [[ "$what" == jmh || "$what" == all ]]; then
  "$JAVA_HOME/bin/java" -Xmx2g -Dvigil.shared.data="$DATA" -cp "$CP" org.openjdk.jmh.Main ScreeningJmh
fi
if [[ "$what" == scale || "$what" == all ]]; then
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" io.vigil.screening.IndexScaleBenchmark "${SCALE_NAMES:-2000000}"
fi
