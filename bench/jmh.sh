#!/usr/bin/env bash
# JMH microbenchmarks: jte rendering of the article and home pages, and the hot queries on SQLite.
# Usage: bench/jmh.sh [JMH options]   e.g. bench/jmh.sh Render   or   bench/jmh.sh Query -p stories=50000
# Writes a report to bench/results/jmh-<date>.txt and prints it. See bench/jmh/pom.xml for how it is built.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JMH=bench/jmh
OUT=$JMH/target
RESULTS=bench/results; mkdir -p "$RESULTS" "$OUT"
REPORT="$RESULTS/jmh-$(date -u +%Y%m%dT%H%M%SZ).txt"
MVN="./mvnw -B -q ${MAVEN_OFFLINE:+-o}"

# 1. The application's classes, precompiled templates and test corpus generator, and its class path.
$MVN -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/app.classpath" -Dmdep.includeScope=test
# 2. JMH's class path (resolved by bench/jmh/pom.xml).
$MVN -f $JMH/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/jmh.classpath"
JMH_CP=$(cat "$OUT/jmh.classpath")
CP="$PWD/target/classes:$PWD/target/test-classes:$(cat "$OUT/app.classpath"):$JMH_CP"

# 3. The benchmarks, with JMH's annotation processor generating the harness.
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
"$JAVA_HOME/bin/javac" --release 21 -proc:full -processorpath "$JMH_CP" -cp "$CP" -d "$OUT/classes" \
  $(find $JMH/src/main/java -name '*.java')

# 4. Run from bench/jmh, so the benchmark database lands in bench/jmh/target/data-<stories>.
cd $JMH
{
  echo "# JMH, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "target/classes:$CP" org.openjdk.jmh.Main "$@"
} | tee "../../$REPORT"
