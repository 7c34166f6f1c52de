#!/usr/bin/env bash
# produce of the longest track a spec may ask for (60 minutes) in a 1 GB heap: the wall time, the
# peak resident memory and the exit code, from /usr/bin/time -v. A track too long to hold in half
# the heap is rendered to stem files and mixed from them, streaming (docs/design.md, "produce").
# Usage: bench/big-produce.sh [minutes] [prompt words]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
minutes=${1:-60}
prompt=${2:-"house at 124 bpm in A minor"}
bin/cadenza parse "$prompt, $minutes minutes" > "$work/spec.json"
echo "spec: $prompt, $minutes minutes; heap -Xmx1g"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
status=0
CADENZA_JAVA_OPTS=-Xmx1g /usr/bin/time -v -o "$work/time.txt" \
  bin/cadenza produce -q --spec "$work/spec.json" --seed 1 -o "$work/track.wav" \
  --report "$work/report.json" --keep-failed 2> "$work/stderr.txt" || status=$?
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
echo "exit code $status  wall $wall  user ${user} s  sys ${sys} s  peak RSS $((rss / 1024)) MB"
if [ -f "$work/track.wav" ]; then
  echo "master: $(stat -c %s "$work/track.wav") bytes"
fi
if [ -f "$work/report.json" ]; then
  python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
stages = "  ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items())
print(f"stages: {stages}  attempts: {len(r['attempts'])}  passed: {r['passed']}")
PY
fi
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  tail -3 "$work/stderr.txt"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
