#!/usr/bin/env bash
# How far above its ceiling the true-peak limiter's output reads, by ffmpeg's ebur128 true-peak
# meter and by our TruePeakMeter: 22 kinds of hot material x ceilings -1 and -0.3 dBTP x 44.1 and
# 48 kHz, for the limiter as built and for the detector it had before (true-peak design alone).
# Usage: bench/limiter-ceiling.sh   (needs ffmpeg)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v ffmpeg >/dev/null || { echo "ffmpeg is required" >&2; exit 1; }
mvn -q -B -DskipTests test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp")" dev.cadenza.dsp.LimiterCeilingEval
