#!/usr/bin/env bash
# Do seeds differ? Renders five seeds of one prompt for several genres and reads the MIDI bar by
# bar with bench/form.py (python3-mido): the issue's bar is that five seeds share at most half of
# their drum bars (the most any seed shares with another) and give at least 4 distinct
# progressions (the first verse's first 8 chords).
# Usage: bench/seeds.sh [seconds, default 180] [prompt...]
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import mido' 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-mido >/dev/null; }
[ -f target/cadenza.jar ] || mvn -q -B -DskipTests package >/dev/null
seconds=${1:-180}
shift || true
prompts=("$@")
[ ${#prompts[@]} -gt 0 ] || prompts=("house at 124 bpm in A minor" "pop at 118 bpm in G major"
  "trap at 140 bpm in C minor" "rock at 128 bpm in E major" "jazz at 140 bpm in Bb major")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for prompt in "${prompts[@]}"; do
  manifests=()
  for s in 1 2 3 4 5; do
    bin/cadenza parse -q --seed "$s" "$prompt, $seconds seconds" \
      | bin/cadenza generate -q - -o "$work/s$s" > "$work/s$s.json"
    manifests+=("$work/s$s.json")
  done
  printf '%-32s ' "$prompt"
  /usr/bin/python3 bench/form.py "${manifests[@]}" | tail -1
done
