#!/usr/bin/env bash
# How the mix sounds, measured: renders 20 genres with `produce --stems` (seed 1, 60 seconds each
# unless told) and prints per genre the master's L/R correlation, its tail after the last MIDI
# note-off, its loudness range, and every stem's short-term loudness after its mix strip (the stem
# alone through `mix --preset none`: role chain, gain, pan and sends) relative to the drums.
# The numbers are computed by bench/sound.py (numpy, scipy, python3-mido).
# Usage: bench/sound.sh [seconds, default 60] [tree, default this one]
#   GENRES='techno|funk' bench/sound.sh 60   measures only the prompts that match the regex;
#   KEEP=DIR keeps the renders (DIR/gN: master, stems, report) to look at.
#   e.g. bench/sound.sh 60 /tmp/cadenza-rev-<sha>   (a build of another revision, as identical.sh
#   leaves them) to measure the same prompts before a change.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import mido, numpy, scipy' 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-mido python3-numpy python3-scipy >/dev/null; }
seconds=${1:-60}
tree=${2:-.}
if [ "$tree" = . ]; then mvn -q -B -DskipTests package >/dev/null; fi
c="$tree/bin/cadenza"
if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
genres=("house at 124 bpm in A minor" "techno at 130 bpm in F minor" "trance at 138 bpm in D minor"
  "drum and bass at 174 bpm in F minor" "dubstep at 140 bpm in E minor" "trap at 140 bpm in C minor"
  "hip hop at 90 bpm in D minor" "lofi hip hop at 80 bpm in F major" "pop at 118 bpm in G major"
  "synthwave at 100 bpm in A minor" "rock at 128 bpm in E major" "metal at 160 bpm in E minor"
  "jazz at 140 bpm in Bb major" "funk at 108 bpm in E minor" "reggae at 75 bpm in F major"
  "ambient in E major" "cinematic in D minor" "future bass at 150 bpm in F major"
  "chiptune at 150 bpm in C major" "folk at 90 bpm in G major")
for i in "${!genres[@]}"; do
  [[ "${genres[$i]}" =~ ${GENRES:-.} ]] || continue
  d="$work/g$i"
  mkdir -p "$d"
  "$c" produce -q "${genres[$i]}, $seconds seconds" --seed 1 -o "$d/master.wav" --stems "$d/stems" \
    --report "$d/report.json" --keep-failed 2>/dev/null || true
  # Each stem alone through its strip: a manifest that lists only it, mixed without mastering.
  /usr/bin/python3 bench/sound.py --split "$d/report.json" "$d/stems" |
    xargs -P 2 -I{} sh -c '"$1" mix -q "$2" --preset none -o "${2%.json}.wav" 2>/dev/null' _ "$c" {}
  /usr/bin/python3 bench/sound.py --measure "${genres[$i]}" "$d"
done | /usr/bin/python3 bench/sound.py --table
