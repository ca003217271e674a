#!/usr/bin/env bash
# Time from JVM start to the first served page, four ways: the fat jar, the extracted jar, the
# extracted jar with a JDK AOT cache (JEP 483/514/515, JDK 25: classes loaded and linked ahead, and method
# profiles, made by a training run that starts the site, asks it for its first pages and stops: TrainingRun),
# and that with Spring AOT's build-time bean definitions as well (-Dspring.aot.enabled=true, what
# bin/start-fast.sh does, which also loads SQLite's native library from the extract).
# Usage: bench/startup.sh [STORIES] (default 10000). RUNS sets the runs per way (default 3).
# Writes bench/results/startup-<date>.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-10000}
RUNS=${RUNS:-3}
PORT=${PORT:-18090}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "Port $PORT is taken: set PORT to a free one" >&2; exit 2; fi
WORK=$(mktemp -d /tmp/broadsheet-startup.XXXXXX)
RESULTS=bench/results; mkdir -p "$RESULTS"
REPORT="$RESULTS/startup-$(date -u +%Y%m%dT%H%M%SZ)-${STORIES}.md"
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
# JAVA_OPTS: the JVM options of every run, training runs included (default: the documented ones, bin/java-options.sh)
JAVA="$JAVA_HOME/bin/java ${JAVA_OPTS:-$(bin/java-options.sh)}"
APP_PID=
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

[ -f target/broadsheet.jar ] || ./mvnw -B -q -DskipTests package
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
$JAVA -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" org.broadsheet.testsupport.GenerateStories "$STORIES" "$WORK/stories.jsonl"
BROADSHEET_DATA_DIR="$WORK/data" $JAVA -jar target/broadsheet.jar import --jsonl "$WORK/stories.jsonl" > "$WORK/import.log" 2>&1

$JAVA -Djarmode=tools -jar target/broadsheet.jar extract --destination "$WORK/app" > /dev/null
# Training runs: the same classpath and options as later runs; the site starts, serves its first pages to
# itself, and the JVM exits.
BROADSHEET_DATA_DIR="$WORK/data" $JAVA -XX:AOTCacheOutput="$WORK/app.aot" -Dbroadsheet.training-run=true \
  -jar "$WORK/app/broadsheet.jar" --server.port=$PORT > "$WORK/training.log" 2>&1 || true

# bin/start-fast.sh as a site runs it; its first start (extract, training run) is not measured.
start_fast() {
  JAR=target/broadsheet.jar APP_DIR="$WORK/fast" JAVA_OPTS="${JAVA_OPTS:-$(bin/java-options.sh)}" exec bin/start-fast.sh "$@"
}
JAR=target/broadsheet.jar APP_DIR="$WORK/fast" BROADSHEET_DATA_DIR="$WORK/data" JAVA_OPTS="${JAVA_OPTS:-$(bin/java-options.sh)}" \
  bin/start-fast.sh --server.port=$PORT > "$WORK/fast-first.log" 2>&1 &
APP_PID=$!
until [ -f "$WORK/fast/broadsheet.aot" ] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

first_page() {  # $@: java arguments, or start_fast -> seconds to the first 200 of /
  local t0; t0=$(date +%s.%N)
  if [ "$1" = start_fast ]; then
    (BROADSHEET_DATA_DIR="$WORK/data" start_fast --server.port=$PORT > "$WORK/app.log" 2>&1) &
  else
    # shellcheck disable=SC2086
    BROADSHEET_DATA_DIR="$WORK/data" $JAVA "$@" --server.port=$PORT > "$WORK/app.log" 2>&1 &
  fi
  APP_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
  python3 -c "print(round($(date +%s.%N) - $t0, 2))"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}

row() {  # $1 label, rest: java arguments
  local label=$1; shift; local times=()
  for _ in $(seq "$RUNS"); do times+=("$(first_page "$@")"); done
  echo "| $label | ${times[*]} |"
}

{
  echo "# Start to first page, $STORIES stories ($(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)); JVM options: ${JAVA_OPTS:-$(bin/java-options.sh)}"
  echo
  echo "| way | seconds per run |"
  echo "| --- | --- |"
  row "fat jar" -jar target/broadsheet.jar
  row "extracted jar" -jar "$WORK/app/broadsheet.jar"
  if [ -f "$WORK/app.aot" ]; then
    row "extracted jar + AOT cache ($(du -m "$WORK/app.aot" | cut -f1) MB)" -XX:AOTCache="$WORK/app.aot" -jar "$WORK/app/broadsheet.jar"
  else
    echo "| AOT cache | training run made no cache: see its log |"
  fi
  row "bin/start-fast.sh (extracted jar + Spring AOT + AOT cache)" start_fast
} | tee "$REPORT"
