#!/usr/bin/env bash
# Prints the JVM options Broadsheet is measured with (bench/README.md, HTTP): a small heap with the
# serial collector, which on a small site keeps the process near 300 MB resident instead of 450-500 MB
# with the JVM's defaults, at the same cached throughput (the C2 compiler is kept: C1 alone halves it).
# HEAP overrides the heap (default 128m: about 40 MB live with 10,000 stories, plus the page cache,
# which takes a quarter of the heap unless broadsheet.page-cache.max-bytes says otherwise).
# Usage: java $(bin/java-options.sh) -jar target/broadsheet.jar ...
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
options="--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx${HEAP:-128m} -XX:ReservedCodeCacheSize=40m"
# The JDK's major version from its release file (no JVM start: bin/start-fast.sh calls this on every
# start), else from `java -version`.
major=
if [ -n "${JAVA_HOME:-}" ] && [ -f "$JAVA_HOME/release" ]; then
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
fi
[ -n "$major" ] || major=$("$JAVA" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
# Compact object headers (JDK 25+): about a tenth less heap for the same objects.
if [ "${major:-0}" -ge 25 ]; then
  options="$options -XX:+UseCompactObjectHeaders"
fi
echo "$options"
