#!/usr/bin/env bash
# Lighthouse (mobile profile, Debian Chromium) on the home page and a story page of the demo site.
# Usage: bench/lighthouse.sh   Needs: chromium, node and npm (Debian packages), curl, python3.
# Lighthouse 12.2.3 is installed once into bench/.lighthouse (13 wants Node 22; Debian has 20).
# RUNS sets the runs per page (default 3; the report gives each run and the median).
# Writes bench/results/lighthouse-<date>.md (and the JSON reports beside it) and prints the table.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18095}
WORK=$(mktemp -d /tmp/broadsheet-lighthouse.XXXXXX)
RESULTS=bench/results; mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$RESULTS/lighthouse-$STAMP.md"
for tool in chromium npm curl python3; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y chromium npm curl python3" >&2; exit 2; }
done
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi

LIGHTHOUSE=bench/.lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$LIGHTHOUSE" ]; then
  mkdir -p bench/.lighthouse
  (cd bench/.lighthouse && echo '{"name": "broadsheet-lighthouse", "private": true}' > package.json && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi
[ -f target/broadsheet.jar ] || ./mvnw -B -q -DskipTests package

APP_PID=
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
BROADSHEET_DATA_DIR="$WORK/data" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar target/broadsheet.jar \
  --demo --server.port=$PORT > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
# The site serves at once; the demo stories are loaded just after (wait for them, at most 5 minutes).
for _ in $(seq 3000); do
  curl -sf "$BASE/api/v1/articles?limit=1" 2>/dev/null | grep -q '"slug"' && break; sleep 0.1
done
# The first story in the home page's order that has a picture, as readers would open it.
SLUG=$(curl -s "$BASE/api/v1/articles?limit=50" | python3 -c "
import json, sys
articles = json.load(sys.stdin)['articles']
print(next((a['slug'] for a in articles if a.get('image')), articles[0]['slug']))")
# Warm the page cache and the JIT so every run measures the same server state.
for _ in $(seq 20); do curl -s -o /dev/null "$BASE/"; curl -s -o /dev/null "$BASE/story/$SLUG"; done

run() {  # $1 label, $2 url, $3 run number
  CHROME_PATH=$(command -v chromium) "$LIGHTHOUSE" "$2" --quiet --output=json \
    --output-path="$RESULTS/lighthouse-$STAMP-$1-$3.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" >/dev/null 2>&1 || true
}
for i in $(seq "$RUNS"); do
  run home "$BASE/" "$i"
  run article "$BASE/story/$SLUG" "$i"
done

python3 - "$RESULTS" "$STAMP" "$RUNS" <<'PY' | tee "$REPORT"
import json, statistics, sys, os, subprocess
results, stamp, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
load = open('/proc/loadavg').read().split()[0]
print(f"# Lighthouse 12.2.3, mobile profile, Debian Chromium ({stamp}, {os.cpu_count()} cores, load {load} at the end)\n")
print("| page | run | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for page in ("home", "article"):
    rows = []
    for i in range(1, runs + 1):
        path = f"{results}/lighthouse-{stamp}-{page}-{i}.json"
        try:
            report = json.load(open(path))
        except (OSError, ValueError):
            print(f"| {page} | {i} | no report (see Lighthouse output) | | | | | | |")
            continue
        c, a = report["categories"], report["audits"]
        score = lambda k: round(100 * (c[k]["score"] or 0))
        row = [score("performance"), score("accessibility"), score("best-practices"), score("seo")]
        rows.append(row)
        print(f"| {page} | {i} | {' | '.join(map(str, row))} | {a['largest-contentful-paint']['displayValue']} "
              f"| {a['total-blocking-time']['displayValue']} | {a['cumulative-layout-shift']['displayValue']} |")
        failed = [a[ref['id']]['title'] for k in c for ref in c[k]['auditRefs']
                  if ref['weight'] > 0 and a[ref['id']].get('score') is not None and a[ref['id']]['score'] < 0.9]
        if failed:
            print(f"| | | below 0.9: {'; '.join(failed)} | | | | | | |")
    if rows:
        medians = [int(statistics.median(col)) for col in zip(*rows)]
        print(f"| **{page}, median** | | **{medians[0]}** | **{medians[1]}** | **{medians[2]}** | **{medians[3]}** | | | |")
PY
