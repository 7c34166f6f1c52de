#!/usr/bin/env bash
# Tempo side by side with two peers on tracks of known tempo: cadenza renders each prompt (the
# spec's bpm is the truth), then `cadenza analyze --only tempo`, `aubio tempo` (aubio-tools) and
# `bpm` (bpm-tools, given the same 60-200 BPM range as the prompts) read the mixdown.
# Prints each reading, then per tool how many are within 4 % of the truth (no octave allowance)
# and within 4 % of the truth or its double, half, triple or third (MIREX "accuracy 2"), and the
# time each tool took in all.
# Needs sox, aubio-tools and bpm-tools (Debian packages).
# Caveat: the tracks come from cadenza's own generator, whose genre grooves also served to tune
# the tempo analysis (held-out seeds and tempi, but the same pattern vocabulary).
# Usage: bench/tempo-peers.sh [seconds per track, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in sox aubio bpm; do
  command -v "$tool" >/dev/null || {
    echo "bench/tempo-peers.sh: needs $tool (apt-get install sox aubio-tools bpm-tools)" >&2
    exit 66
  }
done
mvn -q -B -DskipTests package
seconds=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prompts=(
  "house at 124 bpm in A minor"
  "techno at 132 bpm in D minor"
  "trance at 138 bpm in E minor"
  "drum and bass at 174 bpm in F minor"
  "dubstep at 140 bpm in G minor"
  "uk garage at 130 bpm in C minor"
  "trap at 140 bpm in G minor"
  "hip hop at 90 bpm in Bb minor"
  "lofi hip hop at 80 bpm in Eb major"
  "funk at 110 bpm in E major"
  "afrobeats at 105 bpm in A major"
  "reggae at 76 bpm in Bb major"
  "pop at 118 bpm in G major"
  "rock at 128 bpm in E major"
  "synthwave at 100 bpm in C major"
  "jazz at 160 bpm in F major"
  "blues at 96 bpm in A major"
  "reggaeton at 96 bpm in D minor"
)
printf '%-40s %6s %9s %9s %9s\n' prompt truth cadenza aubio bpm-tools
: > "$work/readings"
: > "$work/times"
timed() { # label command...: runs the command, adds its wall seconds to the label's total
  local label=$1
  shift
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$label $(python3 -c "print($end - $start)")" >> "$work/times"
}
for prompt in "${prompts[@]}"; do
  wav=$work/track.wav
  bin/cadenza parse "$prompt, $seconds seconds" --seed 1 > "$work/spec.json"
  truth=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bpm"])' "$work/spec.json")
  bin/cadenza generate "$work/spec.json" --mixdown > "$wav"
  timed cadenza sh -c "bin/cadenza analyze --only tempo '$wav' > '$work/analysis.json'"
  ours=$(python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["tempo"]["bpm"]; print(t if t is not None else 0)' "$work/analysis.json")
  timed aubio sh -c "aubio tempo '$wav' > '$work/aubio.txt' 2>/dev/null"
  theirs=$(awk '{print $1; exit}' "$work/aubio.txt")
  timed bpm-tools sh -c "sox '$wav' -t raw -r 44100 -e float -b 32 -c 1 - | bpm -m 60 -x 200 > '$work/bpm.txt'"
  tools=$(cat "$work/bpm.txt")
  printf '%-40s %6.1f %9.2f %9.2f %9.2f\n' "$prompt" "$truth" "$ours" "$theirs" "$tools"
  echo "$truth $ours $theirs $tools" >> "$work/readings"
done
python3 - "$work/readings" "$work/times" <<'PY'
import sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
times = {}
for line in open(sys.argv[2]):
    label, seconds = line.split()
    times[label] = times.get(label, 0) + float(seconds)
print()
for i, name in enumerate(["cadenza", "aubio", "bpm-tools"], start=1):
    exact = sum(abs(r[i] / r[0] - 1) <= 0.04 for r in rows)
    octave = sum(any(abs(r[i] / (r[0] * f) - 1) <= 0.04 for f in (1, 2, 0.5, 3, 1 / 3)) for r in rows)
    print(f"{name:<10} within 4 %: {exact}/{len(rows)}   with octave errors allowed: "
          f"{octave}/{len(rows)}   time {times[name]:.1f} s")
PY
