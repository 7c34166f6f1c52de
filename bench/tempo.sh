#!/usr/bin/env bash
# Tempo analysis: accuracy and speed.
#  1. TempoEval: every 5 BPM from 60 to 200 x 8 drum patterns x swing off/on, 30 s each, rendered
#     in-process; prints the table and the share within 4 % of the rendered tempo (no octave
#     allowance).
#  2. TempoBench: CPU time of tempo + beats + metre on 3 min of stereo 44.1 kHz audio.
# Usage: bench/tempo.sh [seconds-per-case]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"
java -cp "$cp" dev.cadenza.analyze.tempo.TempoEval "${1:-30}"
java -cp "$cp" dev.cadenza.analyze.tempo.TempoBench
