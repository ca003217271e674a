#!/usr/bin/env bash
# End-to-end ingest benchmark (read + clean + dedupe + store + journal through FeedPoller): ITEMS wire items
# (default 10,000) as RSS documents of 1,000 items, one per source, into a fresh SQLite database. 3 unreported
# warm-up rounds of ITEMS (BENCH_JAVA_OPTS=-Dbench.warmups=N), then 5 measured rounds (-Dbench.rounds=N), each
# reported, then the median of each figure. Writes bench/results/ingest-e2e-<date>-<N>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-10000}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p bench/results
./mvnw -B -q -o test-compile -DskipTests
CP="$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
OUT="bench/results/ingest-e2e-$(date -u +%Y%m%d-%H%M)-${ITEMS}.txt"
{
  echo "ingest benchmark, ${ITEMS} items, $(date -u), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx1g ${BENCH_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED \
    -cp "target/classes:target/test-classes:${CP}" org.broadsheet.syndication.EndToEndIngestBenchmark "$ITEMS" 2>&1 \
    | grep -v "WARNING"
} | tee "$OUT"
