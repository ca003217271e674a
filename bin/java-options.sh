#!/usr/bin/env bash
# Prints the JVM options Broadsheet is measured with (bench/README.md, HTTP): a small heap with the
# serial collector, which on a small site keeps the process near 300 MB resident instead of 450-500 MB
# with the JVM's defaults, at the same cached throughput (the C2 compiler is kept: C1 alone halves it).
# HEAP overrides the heap (default 128m: about 40 MB live with 10,000 stories, plus the page cache,
# which takes a quarter of the heap unless broadsheet.page-cache.max-bytes says otherwise).
# Usage: java $(bin/java-options.sh) -jar target/broadsheet.jar ...
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
options="--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx${HEAP:-128m} -XX:ReservedCodeCacheSize=40m"
# Compact object headers (JDK 25+): about a tenth less heap for the same objects.
if "$JAVA" -XX:+UseCompactObjectHeaders -version > /dev/null 2>&1; then
  options="$options -XX:+UseCompactObjectHeaders"
fi
echo "$options"
