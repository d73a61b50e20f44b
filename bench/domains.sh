#!/usr/bin/env bash
# Figures for vigil-domains (lookalike-domain detection), printed for the README:
#  1. DomainsBenchmark: the six August 2018 domains, recall on the hand-labelled APT28 hosts, false alerts on the
#     20,000 benign domains, the dnstwist-style permutation comparison, and end-to-end throughput with 2 threads;
#  2. JMH on the hot path (LookalikeDetector.check) with 2 threads.
# Usage: bench/domains.sh [seconds-for-throughput]   (needs the shared data at ../shared/data; no network)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${VIGIL_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
SECONDS_RUN="${1:-10}"
./mvnw -q -B -pl vigil-domains test-compile
./mvnw -q -B -pl vigil-domains dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/vigil-domains/target/domains-bench.cp"
CP="vigil-domains/target/test-classes:vigil-domains/target/classes:$(cat vigil-domains/target/domains-bench.cp)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -Dvigil.shared.data="$DATA" -cp "$CP" io.vigil.domains.DomainsBenchmark "$DATA" "$SECONDS_RUN" 2
echo
echo "## JMH: LookalikeDetector.check, 2 threads (ops/s = domains/s)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.openjdk.jmh.Main LookalikeDetectorJmh \
  -t 2 -f 1 -wi 3 -w 5s -i 5 -r 5s -jvmArgs "-Xmx1g -Dvigil.shared.data=$DATA" -rf text -rff vigil-domains/target/domains-jmh.txt
