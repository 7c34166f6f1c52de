#!/usr/bin/env bash
# Full-analysis speed: `cadenza analyze` (every section: levels, silence, loudness + true peak,
# tempo, key, spectral, sections) on a 3-minute stereo 44.1 kHz track, side by side with ffmpeg's
# loudness + true-peak meter (-af ebur128=peak=true) on the same file.
#  1. In-process CPU time of each stage on the audio held in memory (AnalyzeBench).
#  2. End to end, best of 5 by CPU time (cpu s = user + sys, then wall s / user s / sys s):
#     bin/cadenza analyze --version (the fixed cost: JVM start and command line), bin/cadenza
#     analyze, bin/cadenza analyze --only loudness, ffmpeg ebur128=peak=true. On a shared machine
#     wall time follows the load (printed before and after); CPU time much less so.
# The track: bin/cadenza parse "house at 124 bpm, 3 minutes" | bin/cadenza generate - --mixdown
# Usage: bench/analyze.sh [FILE.wav]   (needs ffmpeg for the comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
track=${1:-$work/3min.wav}
if [ $# -eq 0 ]; then
  bin/cadenza parse "house at 124 bpm, 3 minutes" | bin/cadenza generate - --mixdown > "$track"
fi
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -XX:+UseSerialGC -cp "$cp" dev.cadenza.analyze.AnalyzeBench "$track"

measure() {
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1
  done | awk '{ printf "%.2f  %s %s %s\n", $2 + $3, $1, $2, $3 }' | sort -n | head -1
}
echo "end to end, best of 5 (cpu s  wall s / user s / sys s):"
echo "  cadenza analyze --version        $(measure bin/cadenza analyze --version)"
echo "  cadenza analyze (all)            $(measure bin/cadenza analyze "$track")"
echo "  cadenza analyze --only loudness  $(measure bin/cadenza analyze --only loudness "$track")"
if command -v ffmpeg >/dev/null; then
  echo "  ffmpeg ebur128=peak=true         $(measure ffmpeg -nostdin -hide_banner -nostats -i "$track" -af ebur128=peak=true -f null -)"
else
  echo "  ffmpeg missing: comparison skipped"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
