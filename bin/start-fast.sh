#!/usr/bin/env bash
# Starts the Broadsheet site with Spring AOT's build-time bean definitions (-Dspring.aot.enabled=true)
# and a JDK AOT cache (JDK 25+): the jar is extracted beside itself, and the first start makes the
# cache with a training run: the site starts on the loopback address and a free port, asks itself for its
# first pages (home, a story, a section, search, feeds; TrainingRun) and stops, a few seconds longer than one start. Later starts load and link
# classes from the cache and compile with its method profiles: 3 to 4 times faster to the first page.
# A new jar gets a new extract and cache. Arguments go to the application; commands (import, reindex...) run
# from the jar as usual.
# Usage: bin/start-fast.sh [--demo] [--server.port=8080] ...   (JAR=path/to/broadsheet.jar to choose the jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/broadsheet.jar}
APP_DIR=${APP_DIR:-$(dirname "$JAR")/app}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# JAVA_OPTS replaces the documented JVM options (bin/java-options.sh: small heap, serial collector).
OPTIONS=(--enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-$(bin/java-options.sh)})
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}  # fewer glibc malloc arenas: less native memory held
[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -DskipTests package" >&2; exit 2; }
case "${1:-}" in
  ""|-*) ;;
  *) exec "$JAVA" "${OPTIONS[@]}" -jar "$JAR" "$@" ;;  # a command, not the site
esac
OPTIONS+=(-Dspring.aot.enabled=true)

# The AOT cache needs JDK 25+: read the version from the JDK's release file (no JVM start on the way to
# the first page), else ask the JVM whether it knows the option.
major=
if [ -n "${JAVA_HOME:-}" ] && [ -f "$JAVA_HOME/release" ]; then
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
fi
if [ -n "$major" ] && [ "$major" -ge 25 ]; then
  :
elif [ -n "$major" ] || ! "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  echo "This JDK has no AOT cache (JDK 25 has); starting without it." >&2
  exec "$JAVA" "${OPTIONS[@]}" -jar "$JAR" "$@"
fi
if [ ! -f "$APP_DIR/broadsheet.jar" ] || [ "$JAR" -nt "$APP_DIR/broadsheet.jar" ]; then
  rm -rf "$APP_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" > /dev/null
fi
# SQLite's native library, taken out of its jar once: without it sqlite-jdbc copies the library to the
# temporary directory and compares the copy byte for byte on every start (about 50 ms of the first page).
native="$APP_DIR/native"
if [ ! -d "$native" ] && [ "$(uname -s)" = Linux ] && command -v unzip > /dev/null; then
  case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch= ;; esac
  libc=Linux; if ldd --version 2>&1 | grep -qi musl; then libc=Linux-Musl; fi
  mkdir -p "$native"
  [ -z "$arch" ] || unzip -o -j -q "$APP_DIR"/lib/sqlite-jdbc-*.jar "org/sqlite/native/$libc/$arch/libsqlitejdbc.so" \
    -d "$native" 2> /dev/null || true
fi
if [ -f "$native/libsqlitejdbc.so" ]; then
  OPTIONS+=(-Dorg.sqlite.lib.path="$native" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
fi
CACHE="$APP_DIR/broadsheet.aot"
if [ ! -f "$CACHE" ]; then
  echo "Making the AOT cache (once per jar)..." >&2
  "$JAVA" "${OPTIONS[@]}" -XX:AOTCacheOutput="$CACHE" -Dbroadsheet.training-run=true \
    -jar "$APP_DIR/broadsheet.jar" "$@" > "$APP_DIR/aot-training.log" 2>&1 \
    || echo "The training run failed (see $APP_DIR/aot-training.log); starting without the cache." >&2
fi
if [ -f "$CACHE" ]; then
  exec "$JAVA" "${OPTIONS[@]}" -XX:AOTCache="$CACHE" -jar "$APP_DIR/broadsheet.jar" "$@"
fi
exec "$JAVA" "${OPTIONS[@]}" -jar "$APP_DIR/broadsheet.jar" "$@"
