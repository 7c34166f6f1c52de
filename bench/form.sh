#!/usr/bin/env bash
# Does a 3-minute track develop, and do seeds differ? Renders ten genres for 3 minutes (seed 1) and
# five seeds of one prompt, then reads the MIDI bar by bar with bench/form.py (python3-mido).
# The issue's bar: no four-bar block of all parts repeats unchanged more than 4 times in a row,
# every part has at least 8 distinct bars, verse and chorus differ; five seeds share at most half
# of their drum bars and give at least 4 distinct progressions.
# Usage: bench/form.sh [seconds, default 180]
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import mido' 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-mido >/dev/null; }
mvn -q -B -DskipTests package >/dev/null
seconds=${1:-180}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() {  # render DIR SEED PROMPT
  bin/cadenza parse -q --seed "$2" "$3, $seconds seconds" | bin/cadenza generate -q - -o "$1" > "$1.json"
}
genres=("house at 124 bpm in A minor" "techno at 130 bpm in F minor" "trance at 138 bpm in D minor"
  "drum and bass at 174 bpm in F minor" "trap at 140 bpm in C minor" "pop at 118 bpm in G major"
  "rock at 128 bpm in E major" "reggae at 75 bpm in F major" "jazz at 140 bpm in Bb major"
  "synthwave at 100 bpm in A minor")
manifests=()
for i in "${!genres[@]}"; do
  render "$work/g$i" 1 "${genres[$i]}"; manifests+=("$work/g$i.json")
done
/usr/bin/python3 bench/form.py "${manifests[@]}"
echo
for prompt in "house at 124 bpm in A minor" "pop at 118 bpm in G major"; do
  seeds=()
  for s in 1 2 3 4 5; do render "$work/s$s" "$s" "$prompt"; seeds+=("$work/s$s.json"); done
  echo "five seeds of: $prompt"
  /usr/bin/python3 bench/form.py "${seeds[@]}" | tail -1
done
