#!/usr/bin/env bash
# cadenza batch scaling: 20 thirty-second jobs (five genres, four seeds each) with -j 1 and with
# -j 2, each into a fresh folder, JVM start included. Prints each run's wall time, CPU and peak
# RSS (/usr/bin/time -v), the speed-up of -j 2 over -j 1, the peak RSS one more job in flight
# adds, and the machine's load average, since the numbers mean little on a busy machine.
# Usage: bench/batch.sh [jobs (default 20)] [seconds per job (default 30)]
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
[ -f target/cadenza.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=${1:-20}
seconds=${2:-30}
genres=(house techno "lofi hip hop" "drum and bass" funk)
for i in $(seq "$count"); do
  genre=${genres[$(((i - 1) % ${#genres[@]}))]}
  printf '{"id":"job-%02d","prompt":"%s, %d seconds","seed":%d,"retries":0}\n' \
    "$i" "$genre" "$seconds" "$i"
done > "$work/jobs.jsonl"
echo "$count jobs of $seconds s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall rss
for j in 1 2; do
  /usr/bin/time -v bin/cadenza batch "$work/jobs.jsonl" -o "$work/out-$j" -j "$j" -q \
    > "$work/summary-$j.json" 2> "$work/time-$j.txt" || true
  wall[$j]=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time-$j.txt")
  rss[$j]=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$j.txt")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' \
    "$work/time-$j.txt")
  done_jobs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['done'])" \
    "$work/summary-$j.json")
  printf -- '-j %d: wall %6.1f s  cpu %6.1f s  peak RSS %4d MB  done %d/%d\n' \
    "$j" "${wall[$j]}" "$cpu" $((rss[$j] / 1024)) "$done_jobs" "$count"
done
for f in "$work"/out-1/*/master.wav; do
  cmp -s "$f" "$work/out-2/${f#"$work"/out-1/}" || echo "differs: ${f#"$work"/out-1/}"
done
python3 -c "import sys; print(f'speed-up -j 2 over -j 1: {float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" \
  "${wall[1]}" "${wall[2]}"
echo "peak RSS added by a second job in flight: $(((rss[2] - rss[1]) / 1024)) MB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
