#!/usr/bin/env bash
# Prints the JVM options Broadsheet is measured with (bench/README.md, HTTP): a small heap with the
# serial collector, which on a small site keeps the process near 280 MB resident instead of 450-500 MB
# with the JVM's defaults, at the same cached throughput (the C2 compiler is kept: C1 alone halves it).
# HEAP overrides the heap (default 128m: about 40 MB live with 10,000 stories, plus the page cache,
# which takes a quarter of the heap unless broadsheet.page-cache.max-bytes says otherwise).
# Usage: java $(bin/java-options.sh) -jar target/broadsheet.jar ...
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
options="--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx${HEAP:-128m} -XX:ReservedCodeCacheSize=40m"
# The heap starts small and grows to what the live data needs (the collector keeps 20-40% of the old
# generation free and gives back the rest) beside a 16 MB young generation (eden is touched whole between
# collections: a larger one is resident memory; collections cost about the same in total), instead of
# holding all of -Xmx from the start; and the JVM
# returns freed native memory (glibc keeps what the compilers and class loading freed) every 5 s.
# Together about 40-60 MB less resident after a load run (bench/README.md, Memory, 2026-11-25).
options="$options -Xms32m -Xmn16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=5000"
# Compiled code is unloaded (by a full collection) after 25% of the 40 MB code cache (10 MB) has been filled since
# the last time, instead of 15%: with 15% that collection (60 ms) came at about 6 MB, in the middle of every
# start, and unloaded code; without it the first page comes 0.15-0.25 s sooner (bench/README.md, Start-up).
options="$options -XX:SweeperThreshold=25"
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
