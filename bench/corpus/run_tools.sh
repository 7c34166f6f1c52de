#!/usr/bin/env bash
# Runs cadenza and the peers on one corpus track; called by score.sh once per track and phase.
# Phase "fast": cadenza, qm-dsp, aubio, bpm-tools; phase "essentia": essentia.js, which takes
# several times longer than all the others together; phase "cadenza": cadenza alone. cadenza runs every time (its analyzer is
# what changes); a peer's answer is kept in build/results until the corpus is rebuilt.
# Usage: run_tools.sh fast|essentia|cadenza TRACK_ID
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
phase=$1
id=$2
wav=$here/build/audio/$id.wav
r=$here/build/results
mkdir -p "$r/cadenza" "$r/qm" "$r/essentia" "$r/aubio" "$r/bpm-tools"
if [ "$phase" = essentia ]; then
  if [ ! -s "$r/essentia/$id.txt" ]; then
    sox "$wav" -t f32 -r 44100 -c 1 - | node "$root/bench/peers/essentia.cjs" "$r/essentia/$id.beats.part" \
      > "$r/essentia/$id.txt.part" 2>/dev/null \
      && mv "$r/essentia/$id.beats.part" "$r/essentia/$id.beats" && mv "$r/essentia/$id.txt.part" "$r/essentia/$id.txt"
  fi
  exit 0
fi
"$root/bin/cadenza" analyze -q "$wav" --only tempo,key > "$r/cadenza/$id.json" 2> "$r/cadenza/$id.err" \
  || echo '{}' > "$r/cadenza/$id.json"
[ "$phase" = cadenza ] && exit 0
[ -s "$r/qm/$id.txt" ] || "$root/bench/peers/bin/qm-key" "$wav" > "$r/qm/$id.txt" 2>/dev/null
[ -s "$r/aubio/$id.tempo" ] || aubio tempo -i "$wav" > "$r/aubio/$id.tempo" 2>/dev/null
[ -s "$r/aubio/$id.beats" ] || aubio beat -i "$wav" > "$r/aubio/$id.beats" 2>/dev/null
if [ ! -s "$r/bpm-tools/$id.txt" ]; then
  sox "$wav" -t raw -r 44100 -e float -b 32 -c 1 - | bpm > "$r/bpm-tools/$id.txt" 2>/dev/null
fi
exit 0
