#!/bin/sh
# Speed of `cadenza generate`: a 3-minute stereo 44.1 kHz track, 24-bit stems, for four genres.
#  1. In process, best of three after a warm-up (GenerateBench), with the peak heap.
#  2. End to end: bin/cadenza generate on a parsed prompt, wall time and max RSS.
# Usage: bench/generate.sh [HEAP]   (default heap 1g)
set -eu
cd "$(dirname "$0")/.."
heap=${1:-1g}
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx"$heap" -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.cadenza.generate.GenerateBench
out=${TMPDIR:-/tmp}/cadenza-generate-bench-cli
bin/cadenza parse "drum and bass at 174 bpm in F minor, 3 minutes" > "$out.json"
/usr/bin/time -f "end to end: %e s wall, %M KB max RSS" \
  env CADENZA_JAVA_OPTS="-Xmx$heap" bin/cadenza generate "$out.json" -o "$out" > "$out.manifest.json"
ls -l "$out"
