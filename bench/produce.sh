#!/usr/bin/env bash
# produce end to end, JVM start included: a 3-minute track from a prompt (parse, generate, mix,
# master, QA), with the per-stage seconds from the report. Best of N runs (default 3).
# Usage: bench/produce.sh [runs] [prompt]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${1:-3}
prompt=${2:-"house at 124 bpm in A minor, 3 minutes"}
echo "prompt: $prompt"
for i in $(seq "$runs"); do
  /usr/bin/time -f "wall %e s  user %U s  sys %S s  max RSS %M KB" \
    bin/cadenza produce -q "$prompt" --seed 1 -o "$work/track.wav" --report "$work/report.json" \
    --keep-failed 2>&1 | tail -1 || true
  python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
stages = "  ".join(f"{k} {v:.2f} s" for k, v in r["timings"].items())
print(f"  stages: {stages}  attempts: {len(r['attempts'])}  passed: {r['passed']}")
PY
done
