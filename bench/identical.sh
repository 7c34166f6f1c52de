#!/usr/bin/env bash
# Are this tree's outputs bit-identical to another revision's? For refactoring: builds REV in a
# scratch worktree (cached by commit), then runs the same prompts through both builds and compares
# the spec, every stem, the MIDI, the manifest, the mixes (manifest mix, generate --mixdown) and
# produce's master, file by file (sha256). Prints one line per prompt and a final
# 'N passed, M failed'; exits 1 when anything differs.
# Usage: bench/identical.sh [REV] [prompt...]   (REV defaults to HEAD)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
shift || true
prompts=("$@")
if [ ${#prompts[@]} -eq 0 ]; then
  prompts=(
    "house at 124 bpm in A minor, 20 seconds"
    "dark drum and bass at 174 bpm in F minor, 20 seconds"
    "pop at 118 bpm in G major, 20 seconds"
    "jazz waltz in 3/4 at 130 bpm, 20 seconds"
    "folk in 6/8 at 90 bpm, 20 seconds"
    "reggae at 75 bpm, 20 seconds"
    "trap at 140 bpm in C minor, 20 seconds"
    "ambient pad in E major, 20 seconds"
    "house loop at 124 bpm in A minor, 8 bars"
  )
fi
sha=$(git rev-parse "$rev")
base=${TMPDIR:-/tmp}/cadenza-rev-$sha
if [ ! -f "$base/target/cadenza.jar" ]; then
  rm -rf "$base"; mkdir -p "$base"
  git archive "$sha" | tar -x -C "$base"
  (cd "$base" && mvn -q -B -DskipTests package >/dev/null)
fi
mvn -q -B -DskipTests package >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# render TREE OUT PROMPT: every output of the pipeline for one prompt, with seed 3
render() {
  local tree=$1 out=$2 prompt=$3 c="$1/bin/cadenza"
  mkdir -p "$out"
  "$c" parse -q --seed 3 "$prompt" > "$out/spec.json"
  "$c" generate -q "$out/spec.json" -o "$out/stems" > "$out/manifest.json"
  "$c" generate -q "$out/spec.json" --mixdown > "$out/mixdown.wav"
  "$c" mix -q "$out/manifest.json" > "$out/mix.wav"
  "$c" produce -q --spec "$out/spec.json" -o "$out/master.wav" >/dev/null || [ $? -eq 3 ]
  # the manifest names its stems by path; compare it with the scratch folder taken out
  sed -i "s#$out#OUT#g" "$out/manifest.json"
}

passed=0 failed=0
for prompt in "${prompts[@]}"; do
  render "$base" "$work/a" "$prompt"
  render "$PWD" "$work/b" "$prompt"
  diff=$( (cd "$work/a" && find . -type f | sort | xargs sha256sum) > "$work/a.sum"
          (cd "$work/b" && find . -type f | sort | xargs sha256sum) > "$work/b.sum"
          diff "$work/a.sum" "$work/b.sum" | grep '^[<>]' | awk '{print $1, $3}' | sort -u -k2 | awk '{print $2}' | sort -u | tr '\n' ' ' || true)
  if [ -z "$diff" ]; then
    passed=$((passed + 1)); echo "same       $prompt"
  else
    failed=$((failed + 1)); echo "DIFFERENT  $prompt: $diff"
  fi
  rm -rf "$work/a" "$work/b"
done
echo "identical to ${sha:0:10}: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
