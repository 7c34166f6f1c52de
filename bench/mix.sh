#!/usr/bin/env bash
# Mastering speed: 3 min of stereo 44.1 kHz 16-bit WAV mastered to the streaming preset
# (measure, adjust, limit, re-measure; every pass re-reads the file; 24-bit output), against
# sox doing equalizer + compand + gain on the same file.
# Usage: bench/mix.sh   (needs sox for the comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"

java -cp "$cp" dev.cadenza.mix.MasteringBench "$work/in.wav" "$work/out.wav"

if ! command -v sox >/dev/null; then
  echo "sox missing: comparison skipped"
  exit 0
fi
best() { sort -n | head -1; }
theirs=$(for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S" sox "$work/in.wav" "$work/sox.wav" \
    equalizer 100 1q 2 compand 0.01,0.2 -60,-60,-20,-10,0,-5 gain -n -1 2>&1 | tail -1
done | best)
echo "sox equalizer+compand+gain -n, same file (best of 3, wall s / user s / sys s): $theirs"

# The command itself, end to end (JVM start included), on the same file.
ours=$(for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S" bin/cadenza mix -q "$work/in.wav" -o "$work/cadenza.wav" 2>&1 | tail -1
done | best)
echo "bin/cadenza mix (streaming preset), same file (best of 3, wall s / user s / sys s): $ours"
