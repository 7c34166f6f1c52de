#!/bin/sh
# Speed and repeatability of `cadenza generate --soundfont`, end to end through bin/cadenza: a
# 3-minute house track (six stems + MIDI, 44.1 kHz 24-bit) rendered with the built-in engine
# alone, then twice with a General MIDI soundfont (default: Debian's fluid-soundfont-gm). Prints
# wall and CPU time of each run and whether the two soundfont renders are the same bytes.
#
# Usage: bench/soundfont.sh [FILE.sf2]
# Wall times depend on what else runs on the machine: read the CPU time beside them.
set -eu
cd "$(dirname "$0")/.."
font=${1:-/usr/share/sounds/sf2/FluidR3_GM.sf2}
if [ ! -f "$font" ]; then
  echo "bench/soundfont.sh: $font not found (install fluid-soundfont-gm: bash .ci/install-tools)" >&2
  exit 66
fi
mvn -q -B package -DskipTests
work=${TMPDIR:-/tmp}/cadenza-soundfont-bench
rm -rf "$work"
mkdir -p "$work"
cat > "$work/spec.json" <<'SPEC'
{"genre":"house","bpm":124,"key":{"tonic":"A","mode":"minor"},"timeSignature":"4/4","energy":0.7,"seed":11,"durationSeconds":180}
SPEC

run() {
  name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" bin/cadenza generate "$work/spec.json" -o "$work/$name" "$@" > /dev/null
  read -r wall user sys < "$work/$name.time"
  printf '%-12s %8ss %8ss\n' "$name" "$wall" "$(echo "$user + $sys" | bc)"
}

echo "bin/cadenza generate, house 3 min, 44.1 kHz 24-bit stems, $(nproc) cores, soundfont $font"
printf '%-12s %9s %9s\n' run wall cpu
run built-in
run soundfont-1 --soundfont "$font"
run soundfont-2 --soundfont "$font"
d1=$(cd "$work/soundfont-1" && sha256sum ./*)
d2=$(cd "$work/soundfont-2" && sha256sum ./*)
if [ "$d1" = "$d2" ]; then
  echo "the two soundfont renders are bit-identical"
else
  echo "the two soundfont renders DIFFER" >&2
  exit 1
fi
