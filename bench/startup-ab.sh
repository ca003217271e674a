#!/usr/bin/env bash
# Alternating A/B of start-up time with bin/start-fast.sh (extracted jar + Spring AOT + JDK AOT cache):
# two jars (or one jar, two sets of JVM options), each started N times in turn on its own copy of the
# same data directory, timed to the first served home page, with the CPU time (user+sys) the process
# had spent by then, which the other load on a shared machine disturbs less than the wall time.
# Usage: bench/startup-ab.sh DATA_DIR JAR_A JAR_B [N]   (N default 4; JVM options: bin/java-options.sh's,
# or JAVA_OPTS_A / JAVA_OPTS_B in their place; OPTS_A / OPTS_B: extra options after them)
# The AOT caches are made first (one training run per jar and options, as bin/start-fast.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?data directory}; JAR_A=${2:?jar A}; JAR_B=${3:?jar B}; N=${4:-4}
PORT=${PORT:-18095}
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
WORK=$(mktemp -d /tmp/broadsheet-startup-ab.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
HZ=$(getconf CLK_TCK)
for side in A B; do
  jar_var=JAR_$side; opts_var=OPTS_$side
  mkdir -p "$WORK/$side"; cp "${!jar_var}" "$WORK/$side/broadsheet.jar"
  cp -a "$DATA" "$WORK/$side/data"
  echo "$side: $(sha1sum < "${!jar_var}" | cut -c1-8) ${!opts_var:-}" >&2
done
start() {  # $1 side -> "wall cpu"
  local side=$1 opts_var=OPTS_$1 full_var=JAVA_OPTS_$1 t0 pid
  t0=$(date +%s.%N)
  BROADSHEET_DATA_DIR="$WORK/$side/data" JAR="$WORK/$side/broadsheet.jar" APP_DIR="$WORK/$side/app" \
    JAVA_OPTS="${!full_var:-$(bin/java-options.sh)} ${!opts_var:-}" bin/start-fast.sh --server.port=$PORT > "$WORK/$side.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.02; done
  local wall; wall=$(python3 -c "print(round($(date +%s.%N) - $t0, 2))")
  local cpu; cpu=$(awk -v hz="$HZ" '{print ($14+$15)/hz}' /proc/$pid/stat)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$wall $cpu"
}
start A > /dev/null; start B > /dev/null  # AOT caches made here (training runs), not measured
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$N"); do
  for side in A B; do
    read -r wall cpu < <(start $side)
    echo "$side run $i: first page ${wall} s, CPU ${cpu} s"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
