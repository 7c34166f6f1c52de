#!/bin/sh
# Analyses a long WAV fully (every section) with a small heap (the issue asks for -Xmx256m) and compares the wall time with `sox stats` on the same
# file, side by side. Default: 2 hours of 44.1 kHz stereo 16-bit (1.27 GB) made by sox in $TMPDIR.
#   bench/big-file.sh [HOURS] [HEAP]
set -eu
root=$(cd -P -- "$(dirname -- "$0")/.." && pwd)
hours=${1:-2}
heap=${2:-256m}
dir=${TMPDIR:-/tmp}
file=$dir/cadenza-bench-${hours}h.wav
command -v sox >/dev/null || { echo "big-file.sh: needs sox" >&2; exit 66; }
seconds=$(awk "BEGIN { print $hours * 3600 }")
if [ ! -f "$file" ]; then
  echo "making $file ($hours h, 44.1 kHz stereo 16-bit)" >&2
  sox -n -r 44100 -c 2 -b 16 "$file" synth "$seconds" pinknoise sine 440 vol 0.4
fi
ls -l "$file" >&2
echo "--- cadenza analyze, -Xmx$heap" >&2
/usr/bin/time -f "cadenza: %e s wall, %M KB max RSS" \
  env CADENZA_JAVA_OPTS="-Xmx$heap" "$root/bin/cadenza" analyze "$file" > "$dir/cadenza-bench.json"
head -c 400 "$dir/cadenza-bench.json" >&2; echo >&2
echo "--- sox stats" >&2
/usr/bin/time -f "sox stats: %e s wall, %M KB max RSS" sox "$file" -n stats 2>&1 | grep -E "Pk lev|RMS lev|sox stats"
