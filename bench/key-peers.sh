#!/usr/bin/env bash
# Do independent ears hear the key and tempo a prompt asked for? Produces 32 keyed tracks across
# genres (half minor, half major, every tonic) and reads each master with qm-dsp's key detector,
# essentia.js (KeyExtractor, RhythmExtractor2013, PercivalBpmEstimator), aubio, bpm-tools and
# cadenza's own analyze, beside what cadenza's QA said. A key counts when tonic and mode are the
# asked ones; a tempo when it is within 4 % of the asked tempo or of its double or half.
# Usage: bench/key-peers.sh [seconds per track, default 60] [seed, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/peers/install.sh
mvn -q -B -DskipTests package >/dev/null
seconds=${1:-60}
seed=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prompts=(
  "house at 124 bpm in A minor" "deep house at 120 bpm in C major" "techno at 130 bpm in F minor"
  "trance at 138 bpm in D minor" "trance at 136 bpm in G major" "drum and bass at 174 bpm in F minor"
  "dubstep at 140 bpm in E minor" "trap at 140 bpm in C# minor" "boom bap at 90 bpm in Bb minor"
  "lofi hip hop at 80 bpm in Eb major" "r&b at 70 bpm in Ab major" "pop at 118 bpm in G major"
  "pop at 100 bpm in B minor" "rock at 128 bpm in E major" "punk at 170 bpm in A major"
  "metal at 150 bpm in D minor" "reggae at 75 bpm in F major" "funk at 108 bpm in E minor"
  "disco at 120 bpm in D major" "jazz at 140 bpm in Bb major" "blues at 96 bpm in A major"
  "country at 110 bpm in C major" "folk at 92 bpm in G minor" "classical at 100 bpm in Eb major"
  "cinematic at 90 bpm in C minor" "ambient at 70 bpm in F# major" "synthwave at 100 bpm in A minor"
  "afrobeats at 105 bpm in B major" "reggaeton at 95 bpm in G# minor" "gospel at 80 bpm in Db major"
  "bossa nova at 130 bpm in F# minor" "chiptune at 150 bpm in B minor"
)
pc() {  # pitch class of a tonic name
  case $1 in
    C|B#) echo 0;; C#|Db) echo 1;; D) echo 2;; D#|Eb) echo 3;; E|Fb) echo 4;; F|E#) echo 5;;
    F#|Gb) echo 6;; G) echo 7;; G#|Ab) echo 8;; A) echo 9;; A#|Bb) echo 10;; B|Cb) echo 11;; *) echo -1;;
  esac
}
key_ok() {  # key_ok ASKED_TONIC ASKED_MODE TONIC MODE
  [ "$(pc "$1")" = "$(pc "$3")" ] && [ "$2" = "$4" ] && echo 1 || echo 0
}
tempo_ok() {  # tempo_ok ASKED HEARD
  python3 -c "import sys; a,h=float(sys.argv[1]),float(sys.argv[2] or 0); print(int(any(abs(h-a*m)<=0.04*a*m for m in (0.5,1,2))))" "$1" "$2"
}
printf '%-36s %-9s %-11s %-11s %-11s %-7s %-6s %s\n' prompt asked qm-dsp essentia cadenza qa-key bpm "ess/perc/aubio/bpm-tools"
declare -A score=()
n=0
for p in "${prompts[@]}"; do
  n=$((n + 1))
  tonic=$(sed -E 's/.* in ([A-G][#b]?) (major|minor)$/\1/' <<<"$p")
  mode=$(sed -E 's/.* (major|minor)$/\1/' <<<"$p")
  bpm=$(sed -E 's/.* at ([0-9]+) bpm.*/\1/' <<<"$p")
  bin/cadenza produce -q "$p, $seconds seconds" --seed "$seed" -o "$work/t.wav" \
    --report "$work/r.json" --keep-failed >/dev/null 2>&1 || true
  qa_key=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(next((str(c['passed']).lower() for c in r['qa']['checks'] if c['name']=='key'),'-'))" "$work/r.json")
  read -r qt qm _ < <(bench/peers/bin/qm-key "$work/t.wav")
  read -r et em _ eb ep < <(sox "$work/t.wav" -t f32 -r 44100 -c 1 - | node bench/peers/essentia.cjs 2>/dev/null)
  read -r ct cm cb < <(bin/cadenza analyze -q "$work/t.wav" --only key,tempo | python3 -c "import json,sys; a=json.load(sys.stdin); k=a.get('key') or {}; print(k.get('tonic'), k.get('mode'), (a.get('tempo') or {}).get('bpm') or 0)")
  ab=$(aubio tempo -i "$work/t.wav" 2>/dev/null | awk '/bpm/{print $1}' | tail -1)
  bb=$(sox "$work/t.wav" -t raw -r 44100 -e float -b 32 -c 1 - | bpm 2>/dev/null || echo 0)
  for tool in qm:"$qt $qm" essentia:"$et $em" cadenza:"$ct $cm"; do
    name=${tool%%:*}; read -r t m <<<"${tool#*:}"
    score[key-$name]=$(( ${score[key-$name]:-0} + $(key_ok "$tonic" "$mode" "$t" "$m") ))
  done
  for tool in essentia:"$eb" percival:"$ep" aubio:"$ab" bpm-tools:"$bb" cadenza:"$cb"; do
    name=${tool%%:*}
    score[tempo-$name]=$(( ${score[tempo-$name]:-0} + $(tempo_ok "$bpm" "${tool#*:}") ))
  done
  [ "$qa_key" = true ] && score[qa-pass]=$(( ${score[qa-pass]:-0} + 1 ))
  printf '%-36s %-9s %-11s %-11s %-11s %-7s %-6s %s\n' "${p% at*}" "$tonic $mode" "$qt $qm" "$et $em" "$ct $cm" "$qa_key" "$bpm" "$eb/$ep/$ab/$bb"
done
echo
for name in qm essentia cadenza; do echo "key   $name: ${score[key-$name]:-0}/$n"; done
echo "key   cadenza QA passed: ${score[qa-pass]:-0}/$n"
for name in essentia percival aubio bpm-tools cadenza; do echo "tempo $name (x0.5/x1/x2 within 4 %): ${score[tempo-$name]:-0}/$n"; done
