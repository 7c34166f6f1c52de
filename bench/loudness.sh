#!/usr/bin/env bash
# Throughput of the loudness analysis (BS.1770-5 loudness + true peak) on 3 min of stereo 44.1 kHz
# audio, next to ffmpeg's ebur128=peak=true on the same audio. Usage: bench/loudness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  dev.cadenza.analyze.loudness.LoudnessBench
