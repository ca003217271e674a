#!/usr/bin/env bash
# Resident memory after a load run, with its breakdown (NMT, smaps_rollup, heap, classes).
# Usage: bench/memory.sh DATA_DIR [app arguments]   (DATA_DIR: a data directory with imported stories,
# e.g. the one bench/http.sh makes). JAVA_OPTS: the JVM options (default bin/java-options.sh);
# LAUNCH="bin/start-fast.sh" to start as bin/start-fast.sh does (default: java -jar target/broadsheet.jar);
# CELL: seconds per wrk cell (default 5). The load: for each address of bench/http.sh (article, home,
# category page 1 and a deep page, search, feed) CELL s at c=4, CELL s at c=1, CELL s at c=32.
# Prints the figures; NMT adds a few MB of its own (the RSS line is measured before NMT's report).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?data directory}; shift
PORT=${PORT:-18085}
CELL=${CELL:-5}
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JAVA_OPTS="${JAVA_OPTS:-$(bin/java-options.sh)}"
NMT=${NMT--XX:NativeMemoryTracking=summary}
LOG=$(mktemp /tmp/broadsheet-memory.XXXXXX.log)
t0=$(date +%s.%N)
if [ -n "${LAUNCH:-}" ]; then
  # shellcheck disable=SC2086
  BROADSHEET_DATA_DIR="$DATA" JAVA_OPTS="$JAVA_OPTS $NMT" $LAUNCH --server.port=$PORT "$@" > "$LOG" 2>&1 &
else
  # shellcheck disable=SC2086
  BROADSHEET_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED $JAVA_OPTS $NMT \
    -jar target/broadsheet.jar --server.port=$PORT "$@" > "$LOG" 2>&1 &
fi
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
echo "first page: $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s; load $(cut -d' ' -f1-3 /proc/loadavg)"
B="http://127.0.0.1:$PORT"
ARTICLE=$(curl -s "$B/api/v1/articles?limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'][0]['slug'])")
CATEGORY=$(curl -s "$B/api/v1/categories" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['slug'])")
QUERY=$(curl -s "$B/api/v1/articles?limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'][0]['title'].split()[0])")
DEEP=$(curl -s "$B/api/v1/articles?category=$CATEGORY&limit=100" | python3 -c "import json,sys; print(json.load(sys.stdin).get('nextCursor') or '')")
for url in "$B/story/$ARTICLE" "$B/" "$B/category/$CATEGORY" "$B/category/$CATEGORY?before=$DEEP" "$B/search?q=$QUERY" "$B/feed"; do
  wrk -t2 -c4 -d"${CELL}s" "$url" > /dev/null
  wrk -t1 -c1 -d"${CELL}s" "$url" > /dev/null
  rps=$(wrk -t2 -c32 -d"${CELL}s" "$url" | awk '/Requests\/sec/ {print $2}')
  echo "  $url: $rps req/s at c=32"
done
JPID=$(pgrep -P "$PID" java || echo "$PID")  # start-fast.sh execs java itself
echo "RSS after load: $(( $(ps -o rss= -p "$JPID") / 1024 )) MB; load $(cut -d' ' -f1-3 /proc/loadavg); CPU $(awk '{print ($14+$15)/100 " s"}' /proc/$JPID/stat)"
grep -E 'Rss|Anon|File|Shmem' /proc/$JPID/smaps_rollup | awk '{printf "  %s %d MB\n", $1, $2/1024}'
"$JAVA_HOME/bin/jcmd" "$JPID" GC.heap_info | sed 's/^/  /'
"$JAVA_HOME/bin/jcmd" "$JPID" VM.native_memory summary scale=MB 2>/dev/null | grep -E '^Total|^ *malloc|^-' | sed 's/^/  /' || true
"$JAVA_HOME/bin/jcmd" "$JPID" VM.native_memory summary scale=MB > "$LOG.nmt" 2>&1 || true
"$JAVA_HOME/bin/jcmd" "$JPID" GC.class_histogram > "$LOG.histogram" 2>&1 || true
"$JAVA_HOME/bin/jstat" -gc "$JPID" | sed 's/^/  /'
echo "  threads: $(ls /proc/$JPID/task | wc -l)"
"$JAVA_HOME/bin/jcmd" "$JPID" VM.class_hierarchy 2>/dev/null | grep -oE '[a-z0-9_]+(\.[a-z0-9_]+)+\.[A-Z][A-Za-z0-9_$]*' | sort -u > "$LOG.classes" || true
echo "  classes: $(wc -l < "$LOG.classes"); by package: $(sed -E 's/^(([a-z0-9_]+\.){1,3}).*/\1/' "$LOG.classes" | sort | uniq -c | sort -rn | head -14 | awk '{printf "%s %s, ", $2, $1}')"
echo "  log: $LOG"
