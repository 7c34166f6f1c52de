#!/usr/bin/env bash
# Do mood and energy words change the notes (not only the tempo)? Renders prompt pairs that differ
# only in mood or energy (same genre, key, tempo and seed; 60 seconds) and prints, with
# bench/mood.py, per part the notes per bar, mean pitch and velocity, so the direction of each
# change can be read: dark lower and sparser, happy higher and busier, low energy quieter and
# thinner, high energy louder and fuller. Then prompts without a key, where the moods choose the
# mode (dark and sad a minor-family mode, happy and uplifting a major-family one).
# Usage: bench/mood.sh [seconds, default 60] [seed, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import mido' 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-mido >/dev/null; }
[ -f target/cadenza.jar ] || mvn -q -B -DskipTests package >/dev/null
seconds=${1:-60}
seed=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() {  # render NAME PROMPT [ENERGY]
  if [ -n "${3:-}" ]; then
    bin/cadenza parse -q --seed "$seed" "$2, $seconds seconds" \
      | python3 -c "import json,sys; d=json.load(sys.stdin); d['energy']=float(sys.argv[1]); json.dump(d,sys.stdout)" "$3" \
      | bin/cadenza generate -q - -o "$work/$1" > "$work/$1.json"
  else
    bin/cadenza parse -q --seed "$seed" "$2, $seconds seconds" | bin/cadenza generate -q - -o "$work/$1" > "$work/$1.json"
  fi
  echo "$1=$work/$1.json"
}
for genre in "techno at 130 bpm in F minor" "pop at 118 bpm in G major"; do
  name=${genre%% *}
  echo "$genre: mood"
  /usr/bin/python3 bench/mood.py $(render "$name-plain" "$genre") \
    $(render "$name-dark" "dark sad $genre") $(render "$name-happy" "happy uplifting $genre")
  echo "$genre: energy 0.25 / 0.85"
  /usr/bin/python3 bench/mood.py $(render "$name-e0.25" "$genre" 0.25) $(render "$name-e0.85" "$genre" 0.85)
done
# Without a key the moods choose the mode's family (music/mood-modes.json).
for genre in "techno at 130 bpm" "pop at 118 bpm" "funk at 108 bpm"; do
  name=${genre%% *}
  echo "$genre, no key: mode by mood"
  /usr/bin/python3 bench/mood.py $(render "$name-nokey" "$genre") \
    $(render "$name-nokey-dark" "dark sad $genre") $(render "$name-nokey-happy" "happy uplifting $genre")
done
