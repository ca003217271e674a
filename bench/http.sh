#!/usr/bin/env bash
# HTTP benchmark of the reader site against nginx serving the same bytes as a static file.
# Usage: bench/http.sh [STORIES]   (default 10000). Needs: wrk, nginx, curl, python3 (Debian packages).
# JAVA_OPTS sets the site's JVM options (default: bin/java-options.sh, the documented ones); DURATION the
# time per cell (default 10s); WARMUP the unmeasured load on each address before its cells (default 20s:
# the JIT compiles the page's code first, as it has on a site that has been up for a minute).
# The site starts as in production on JDK 25, through bin/start-fast.sh (a first start makes its AOT cache).
# Writes a report to bench/results/http-<date>.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-10000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=$(mktemp -d /tmp/broadsheet-bench.XXXXXX)
RESULTS=bench/results; mkdir -p "$RESULTS"
REPORT="$RESULTS/http-$(date -u +%Y%m%dT%H%M%SZ)-${STORIES}.md"

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y wrk nginx curl python3" >&2; exit 2; }
done
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED"
JAVA_OPTS=${JAVA_OPTS:-$(bin/java-options.sh)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}  # fewer glibc malloc arenas (as bin/start-fast.sh)

[ -f target/broadsheet.jar ] || ./mvnw -B -q -DskipTests package
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test

echo "Generating $STORIES stories..."
$JAVA -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" org.broadsheet.testsupport.GenerateStories "$STORIES" "$WORK/stories.jsonl"
echo "Importing..."
start=$(date +%s.%N)
BROADSHEET_DATA_DIR="$WORK/data" $JAVA -jar target/broadsheet.jar import --jsonl "$WORK/stories.jsonl" > "$WORK/import.log" 2>&1
import_seconds=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")

APP_PID=
NGINX_CONF=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_CONF" ] && nginx -c "$NGINX_CONF" -s stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_app() {  # $@: extra arguments. Started as in production on JDK 25: bin/start-fast.sh (Spring AOT + JDK AOT cache).
  local t0; t0=$(date +%s.%N)
  BROADSHEET_DATA_DIR="$WORK/data" APP_DIR="$WORK/app" JAVA_OPTS="$JAVA_OPTS" \
    bin/start-fast.sh --server.port=$PORT "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
  first_page=$(python3 -c "print(round($(date +%s.%N) - $t0, 2))")
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

rps() {  # $1 url -> requests/s at concurrency 32 (2 wrk threads) for DURATION
  wrk -t2 -c32 -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'
}

measure() {  # $1 label, $2 url -> a table row: p50 and p99 at concurrency 1, requests/s at 32
  local one many
  [ "$WARMUP" = 0 ] || wrk -t2 -c4 -d"$WARMUP" "$2" > /dev/null
  one=$(wrk -t1 -c1 -d"$DURATION" --latency "$2")
  local p50 p99
  p50=$(echo "$one" | awk '/ 50%/ {print $2}')
  p99=$(echo "$one" | awk '/ 99%/ {print $2}')
  echo "| $1 | $p50 | $p99 | $(rps "$2") |"
}

start_app  # the first start extracts the jar and makes the AOT cache (a training run): not measured
stop_app
start_app
BASE="http://127.0.0.1:$PORT"
ARTICLE=$(curl -s "$BASE/api/v1/articles?limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'][0]['slug'])")
CATEGORY=$(curl -s "$BASE/api/v1/categories" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['slug'])")
# The keyset cursor of archive page 500 (12 stories a page), or of the last page of a smaller
# category: walk the API 100 at a time.
DEEP=$(python3 - "$BASE" "$CATEGORY" <<'PY'
import base64, datetime, json, sys, urllib.request
base, category = sys.argv[1], sys.argv[2]
target, items, cursor = 499 * 12, [], ""
while len(items) < target:
    data = json.load(urllib.request.urlopen(f"{base}/api/v1/articles?category={category}&limit=100" + (f"&cursor={cursor}" if cursor else "")))
    items += data["articles"]
    cursor = data.get("nextCursor")
    if not cursor:
        break
# The last story before page 500, or before the category's last page when it has fewer pages.
last = items[min(target, max(len(items) - 12, 12)) - 1]
millis = int(datetime.datetime.fromisoformat(last["publishedAt"].replace("Z", "+00:00")).timestamp() * 1000)
print(base64.urlsafe_b64encode(f"{millis}.{last['id']}".encode()).decode().rstrip("="))
PY
)

QUERY=$(curl -s "$BASE/api/v1/articles?limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'][0]['title'].split()[0])")
curl -s "$BASE/story/$ARTICLE" > "$WORK/article.html"
# nginx serves the same bytes from the start (idle until measured), so the two can also be measured in turn.
mkdir -p "$WORK/nginx/www" "$WORK/nginx/tmp"
cp "$WORK/article.html" "$WORK/nginx/www/article.html"
NGINX_CONF="$WORK/nginx/nginx.conf"
cat > "$NGINX_CONF" <<NGINX
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/www; default_type text/html; }
}
NGINX
nginx -c "$NGINX_CONF"
first_page_cached=$first_page
{
  echo "# HTTP benchmark, $STORIES stories, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; wrk $DURATION per cell after $WARMUP of warm-up per address; c=1 for latency, c=32 (2 threads) for throughput."
  echo "JVM options: $JAVA_OPTS"
  echo "Import of $STORIES stories: ${import_seconds} s (command, JVM start included)."
  echo
  echo "| page (page cache on) | p50 c=1 | p99 c=1 | requests/s c=32 |"
  echo "| --- | --- | --- | --- |"
  measure "article" "$BASE/story/$ARTICLE"
  measure "home" "$BASE/"
  measure "category page 1" "$BASE/category/$CATEGORY"
  measure "category page 500" "$BASE/category/$CATEGORY?before=$DEEP"
  measure "search" "$BASE/search?q=$QUERY"
  measure "RSS feed" "$BASE/feed"
  # The table's article and nginx cells are minutes apart, and this VM's speed drifts by 10-25% between
  # quarter-hours: the ratio is also measured head to head, the two measured in turn in the same minute.
  ours=() theirs=()
  for _ in 1 2 3; do
    ours+=("$(rps "$BASE/story/$ARTICLE")")
    theirs+=("$(rps "http://127.0.0.1:$NGINX_PORT/article.html")")
  done
  echo
  echo "Head to head, c=32, $DURATION per cell, article and nginx in turn: ours ${ours[*]} req/s; nginx ${theirs[*]} req/s."
  python3 -c "import statistics,sys; a=[float(x) for x in sys.argv[1].split()]; b=[float(x) for x in sys.argv[2].split()]; print(f'Head-to-head ratio (median against median): {statistics.median(a)/statistics.median(b):.2f}x nginx static.')" "${ours[*]}" "${theirs[*]}"
} > "$REPORT"
rss_kb=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
stop_app

start_app --broadsheet.page-cache.enabled=false
{
  echo
  echo "| page (page cache off) | p50 c=1 | p99 c=1 | requests/s c=32 |"
  echo "| --- | --- | --- | --- |"
  measure "article" "$BASE/story/$ARTICLE"
  measure "category page 1" "$BASE/category/$CATEGORY"
  measure "category page 500" "$BASE/category/$CATEGORY?before=$DEEP"
} >> "$REPORT"
stop_app

{
  echo
  echo "| reference | p50 c=1 | p99 c=1 | requests/s c=32 |"
  echo "| --- | --- | --- | --- |"
  measure "nginx, same article HTML as a static file" "http://127.0.0.1:$NGINX_PORT/article.html"
  echo
  echo "Resident memory after the cached run: $((rss_kb / 1024)) MB. First page served ${first_page_cached} s after start."
} >> "$REPORT"
python3 - "$REPORT" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
def rps(label):
    m = re.search(r"\| " + re.escape(label) + r" \|[^|]*\|[^|]*\| ([0-9.]+)", text)
    return float(m.group(1)) if m else None
ours, nginx = rps("article"), rps("nginx, same article HTML as a static file")
if ours and nginx:
    open(path, "a").write(f"Cached article throughput is {ours / nginx:.2f}x nginx static (table cells, minutes apart).\n")
PY
cat "$REPORT"
