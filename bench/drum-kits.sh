#!/bin/sh
# The drum stem with the built-in kit against a soundfont's General MIDI kit, for a few genres:
# renders each prompt with `generate` twice (without and with --soundfont, and with
# --drum-soundfont KIT.sf2 when a third argument is given), prints each drum stem's RMS and peak
# level (sox stats) and the share of its energy below 250 Hz, and draws a spectrogram over a
# waveform of each (sox, ffmpeg) into OUT/<genre>-<kit>.png.
#
# Usage: bench/drum-kits.sh OUT [FILE.sf2 [KIT.sf2]]
set -eu
cd "$(dirname "$0")/.."
out=${1:?usage: bench/drum-kits.sh OUT [FILE.sf2 [KIT.sf2]]}
font=${2:-/usr/share/sounds/sf2/FluidR3_GM.sf2}
kits=${3:-}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/cadenza.jar ] || mvn -q -B -DskipTests package

# low SHARE: the part of a WAV's energy below 250 Hz, from sox's RMS of the whole and of a
# 250 Hz low-passed copy (a 2-pole Butterworth; the share is indicative, not a brick wall)
low() {
  all=$(sox "$1" -n remix - stats 2>&1 | awk '/RMS lev dB/ {print $4}')
  lo=$(sox "$1" -n remix - lowpass 250 lowpass 250 stats 2>&1 | awk '/RMS lev dB/ {print $4}')
  awk -v a="$all" -v l="$lo" 'BEGIN {printf "%.0f %%", 100 * 10 ^ ((l - a) / 10)}'
}

picture() {
  sox "$1" -n remix - spectrogram -x 1200 -y 360 -z 90 -t "$2" -o "$work/spec.png"
  ffmpeg -nostdin -loglevel error -y -i "$1" -filter_complex \
    "aformat=channel_layouts=mono,showwavespic=s=1200x160:colors=0x60b0ff[w];color=c=black:s=1200x160[bg];[bg][w]overlay=shortest=1" \
    -frames:v 1 "$work/wave.png"
  ffmpeg -nostdin -loglevel error -y -i "$work/spec.png" -i "$work/wave.png" \
    -filter_complex "[0]scale=1200:-2[a];[1]scale=1200:-2[b];[a][b]vstack" "$3"
}

printf '%-10s %-12s %9s %9s %8s\n' genre kit "RMS dB" "peak dB" "<250 Hz"
while read -r genre prompt; do
  bin/cadenza parse -q --seed 3 "$prompt" > "$work/$genre.json"
  for kit in built-in gm drum-sf2; do
    case $kit in
      built-in) set -- ;;
      gm) set -- --soundfont "$font" ;;
      drum-sf2) [ -n "$kits" ] || continue; set -- --soundfont "$font" --drum-soundfont "$kits" ;;
    esac
    bin/cadenza generate -q "$work/$genre.json" -o "$work/$genre-$kit" "$@" > /dev/null
    wav="$work/$genre-$kit/drums.wav"
    stats=$(sox "$wav" -n remix - stats 2>&1)
    rms=$(echo "$stats" | awk '/RMS lev dB/ {print $4}')
    pk=$(echo "$stats" | awk '/Pk lev dB/ {print $4}')
    printf '%-10s %-12s %9s %9s %8s\n' "$genre" "$kit" "$rms" "$pk" "$(low "$wav")"
    picture "$wav" "$genre drums, $kit" "$out/$genre-$kit.png"
  done
done <<'PROMPTS'
rock rock at 120 bpm in E minor, 20 seconds
jazz jazz at 130 bpm in B flat major, 20 seconds
cinematic cinematic in D minor at 90 bpm, 20 seconds
PROMPTS
