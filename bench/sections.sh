#!/usr/bin/env bash
# Section boundaries of `cadenza analyze` against the ground truth `cadenza generate` writes in its
# manifest (truth.sections), over several genres: for each track the truth boundaries (the starts
# of all sections but the first), the found ones, and how many truth boundaries have a found one
# within 1 s and within 3 s (recall), and how many found ones have a truth boundary within 3 s
# (precision).
# Usage: bench/sections.sh   (needs jq)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prompts=(
  "house at 124 bpm, 3 minutes"
  "drum and bass at 174 bpm, 3 minutes"
  "lofi hip hop, 80 bpm, 2 minutes"
  "techno at 130 bpm, 3 minutes"
  "pop ballad at 90 bpm, 3 minutes"
)
total=0; hit1=0; hit3=0; found_total=0; found_hit=0
for prompt in "${prompts[@]}"; do
  bin/cadenza parse "$prompt" | bin/cadenza generate - -o "$work/stems" > "$work/manifest.json"
  bin/cadenza parse "$prompt" | bin/cadenza generate - --mixdown > "$work/mix.wav"
  bin/cadenza analyze --only sections "$work/mix.wav" > "$work/analysis.json"
  truth=$(jq -c '[.truth.sections[1:][].start | (. * 100 | round) / 100]' "$work/manifest.json")
  found=$(jq -c '[.sections[1:][].start]' "$work/analysis.json")
  labels=$(jq -r '[.sections[].label] | join(" ")' "$work/analysis.json")
  truthLabels=$(jq -r '[.truth.sections[].label] | join(" ")' "$work/manifest.json")
  counts=$(jq -n --argjson t "$truth" --argjson f "$found" '
    def near($xs; $x; $tol): any($xs[]; (. - $x) | fabs <= $tol);
    [($t | length),
     ([$t[] | select(near($f; .; 1))] | length),
     ([$t[] | select(near($f; .; 3))] | length),
     ($f | length),
     ([$f[] | select(near($t; .; 3))] | length)] | map(tostring) | join(" ")' -r)
  read -r n h1 h3 nf fh <<< "$counts"
  total=$((total + n)); hit1=$((hit1 + h1)); hit3=$((hit3 + h3))
  found_total=$((found_total + nf)); found_hit=$((found_hit + fh))
  echo "$prompt"
  echo "  truth  $truth  ($truthLabels)"
  echo "  found  $found  ($labels)"
  echo "  recall within 1 s $h1/$n, within 3 s $h3/$n; precision within 3 s $fh/$nf"
done
echo "all: recall within 1 s $hit1/$total, within 3 s $hit3/$total; precision within 3 s $found_hit/$found_total"
