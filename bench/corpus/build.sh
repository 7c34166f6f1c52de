#!/usr/bin/env bash
# Renders the evaluation corpus: folk tunes from abc/ (abc2midi, then FluidSynth with three
# soundfonts), drum patterns written as MIDI, and sox click tracks, with their truth in
# build/truth.json (see make_corpus.py for where each truth value comes from). Audio is
# regenerated, never committed. Installs what it needs from Debian, idempotently.
# Usage: bash bench/corpus/build.sh [JOBS]    (default 2 parallel renders)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
need=()
command -v abc2midi >/dev/null || need+=(abcmidi)
command -v fluidsynth >/dev/null || need+=(fluidsynth)
command -v sox >/dev/null || need+=(sox)
[ -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || need+=(fluid-soundfont-gm)
[ -f /usr/share/sounds/sf2/TimGM6mb.sf2 ] || need+=(timgm6mb-soundfont)
[ -f /usr/share/sounds/sf3/MuseScore_General_Lite.sf3 ] || need+=(musescore-general-soundfont-small)
/usr/bin/python3 -c 'import mido' 2>/dev/null || need+=(python3-mido)
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rm -rf "$here/build"
start=$(date +%s)
nice /usr/bin/python3 "$here/make_corpus.py" "$here/build" "${1:-2}"
echo "rendered in $(( $(date +%s) - start )) s"
