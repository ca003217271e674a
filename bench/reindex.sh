#!/usr/bin/env bash
# Full rebuild from the database: imports STORIES generated stories (default 10,000) into a fresh
# SQLite data directory, then times `reindex` (read every published story, build, merge, swap).
# See bench/README.md. Writes bench/results/reindex-<date>-<N>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${1:-10000}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p bench/results
./mvnw -B -q -o test-compile -DskipTests
CP="target/classes:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
"$JAVA" -cp "target/test-classes:$CP" org.broadsheet.testsupport.GenerateStories "$STORIES" "$WORK/stories.jsonl"
APP=("$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -cp "$CP" org.broadsheet.BroadsheetApplication)
OUT="bench/results/reindex-$(date -u +%Y%m%d-%H%M)-${STORIES}.txt"
{
  echo "reindex benchmark, ${STORIES} stories, $(date -u), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "${APP[@]}" import --jsonl "$WORK/stories.jsonl" "--broadsheet.data-dir=$WORK/data" 2>/dev/null
  START=$(date +%s.%N)
  TIMEFORMAT='reindex command, CPU time including JVM and Spring start (all threads): user %U s, sys %S s'
  time "${APP[@]}" reindex "--broadsheet.data-dir=$WORK/data" 2>/dev/null
  END=$(date +%s.%N)
  echo "reindex command, wall clock including JVM and Spring start: $(echo "$END - $START" | bc) s"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "index size: $(du -sh "$WORK/data/index" | cut -f1)"
} 2>&1 | tee "$OUT"
