#!/usr/bin/env bash
# Feed ingest benchmark: parse + clean throughput of ITEMS wire items (default 10,000) from feed files the
# benchmark writes itself (RSS 2.0, Atom 1.0, JSON Feed 1.1, ninjs), through FormatDetectingFeedReader.
# See bench/README.md. Writes bench/results/ingest-<date>-<N>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-10000}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p bench/results
./mvnw -B -q -o test-compile -DskipTests
CP="$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
OUT="bench/results/ingest-$(date -u +%Y%m%d-%H%M)-${ITEMS}.txt"
{
  echo "ingest benchmark, ${ITEMS} items, $(date -u), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:${CP}" \
    org.broadsheet.syndication.parse.IngestBenchmark "$ITEMS" 2>&1 | grep -v "WARNING"
} | tee "$OUT"
