#!/usr/bin/env bash
# Do the rendered melodic stems play their MIDI? For each genre, generate a track from a prompt
# (fixed seed) and run `qa --stems` on its manifest: per monophonic stem (lead, bass, ...), the
# percent of pitch-tracked frames within 50 cents of the MIDI note sounding, and when a stem fails
# the default 95 % the split of the rest (octave errors, other pitches, unvoiced frames).
# Usage: bench/stem-pitch.sh [seconds] [genre ...]   (default 60 s and ten genres;
# SKIP_BUILD=1 uses the jar as built; LEGATO=1 first cuts each note of a line that overlaps the
# next at the next one's start (bench/legato.py; lines where at most a tenth of the notes start
# together with another),
# so a lead with a few legato overlaps is measured instead of skipped as polyphonic)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds=${1:-60}
shift || true
genres=("$@")
if [ ${#genres[@]} -eq 0 ]; then
  genres=(house "drum and bass" trap pop rock jazz techno synthwave lofi reggae)
fi
printf '%-14s %-8s %8s  %s\n' genre stem "% pitch" "detail (when below 95 %)"
for genre in "${genres[@]}"; do
  dir="$work/${genre// /-}"
  mkdir -p "$dir"
  bin/cadenza parse "$genre, $seconds seconds" > "$dir/spec.json"
  bin/cadenza generate -q "$dir/spec.json" -o "$dir/stems" --seed 1 > "$dir/manifest.json"
  if [ -n "${LEGATO:-}" ]; then
    /usr/bin/python3 bench/legato.py "$dir/stems/arrangement.mid" "$dir/stems/legato.mid"
    sed -i 's#arrangement\.mid"#legato.mid"#' "$dir/manifest.json"
  fi
  bin/cadenza qa -q --stems "$dir/manifest.json" > "$dir/qa.json" || true
  python3 - "$genre" "$dir/spec.json" "$dir/qa.json" <<'PY'
import json, sys
genre, spec, qa = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
checks = [c for c in qa["checks"] if c["name"].startswith("stemPitch.")]
if not checks:
    print(f"{genre:<14} (no monophonic melodic stem)")
for c in checks:
    stem = c["name"].split(".", 1)[1]
    measured = "-" if c["measured"] is None else f"{c['measured']:.2f}"
    print(f"{genre:<14} {stem:<8} {measured:>8}  {c['detail'] or ''}")
print(f"{'':<14} instruments: {', '.join(spec.get('instruments') or [])}")
PY
done
