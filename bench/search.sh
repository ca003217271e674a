#!/usr/bin/env bash
# Search benchmark: index build time and size, query latency (p50/p99) and throughput on STORIES
# generated stories (default 10,000). See bench/README.md. Writes bench/results/search-<date>-<N>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${1:-10000}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p bench/results
./mvnw -B -q -o test-compile -DskipTests
CP="$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
OUT="bench/results/search-$(date -u +%Y%m%d-%H%M)-${STORIES}.txt"
{
  echo "search benchmark, ${STORIES} stories, $(date -u), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -Xmx2g ${JAVA_OPTS:-} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "target/classes:target/test-classes:${CP}" org.broadsheet.search.SearchBenchmark "$STORIES" 2>&1 \
    | grep -v "WARNING"
} | tee "$OUT"
