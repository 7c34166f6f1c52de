#!/usr/bin/env bash
# Loudness analysis speed (BS.1770-5 loudness + true peak) against ffmpeg's ebur128=peak=true.
#  1. In-process throughput on 3 min of stereo 44.1 kHz audio in memory (LoudnessBench).
#  2. End to end on 3 min stereo 44.1 kHz 16-bit WAV files made with sox:
#     `bin/cadenza analyze --only loudness` against `ffmpeg -af ebur128=peak=true` on the same file.
# Usage: bench/loudness.sh   (needs sox and ffmpeg for part 2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"

java -cp "$cp" dev.cadenza.analyze.loudness.LoudnessBench

if ! command -v sox >/dev/null || ! command -v ffmpeg >/dev/null; then
  echo "sox or ffmpeg missing: end-to-end comparison skipped"
  exit 0
fi
sox -n -r 44100 -c 2 -b 16 "$work/dynamic.wav" synth 180 pinknoise tremolo 0.05 90 gain -n -6
sox -n -r 44100 -c 2 -b 16 "$work/mastered.wav" synth 180 pinknoise gain -12 compand 0.01,0.1 -60,-60,-20,-8,0,-6 gain -n -1
best() { sort -n | head -1; }
for f in dynamic mastered; do
  ours=$(for i in 1 2 3; do
    /usr/bin/time -f "%e %U %S" bin/cadenza analyze --only loudness "$work/$f.wav" 2>&1 >/dev/null | tail -1
  done | best)
  theirs=$(for i in 1 2 3; do
    /usr/bin/time -f "%e %U %S" ffmpeg -nostdin -hide_banner -nostats -i "$work/$f.wav" \
      -af ebur128=peak=true -f null - 2>&1 | tail -1
  done | best)
  echo "$f end to end (best of 3, wall s / user s / sys s): cadenza $ours | ffmpeg $theirs"
  bin/cadenza analyze --only loudness "$work/$f.wav" | jq -c '.loudness | {integratedLufs, loudnessRangeLu, truePeakDbtp}'
  ffmpeg -nostdin -hide_banner -nostats -i "$work/$f.wav" -af ebur128=peak=true -f null - 2>&1 \
    | grep -E "^ +(I|LRA|Peak):" | tr -s ' ' | paste -sd' '
done
