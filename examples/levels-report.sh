#!/bin/sh
# Prints one line per WAV file: peak, RMS, clipping and silence, as a CI job or a mastering
# engineer would skim them. Any audio ffmpeg can read is piped in as WAV.
#   examples/levels-report.sh examples/audio/*.wav song.mp3
set -eu
cadenza=$(dirname -- "$0")/../bin/cadenza
command -v jq >/dev/null || { echo "levels-report: needs jq (apt-get install jq)" >&2; exit 66; }
printf '%-40s %9s %9s %8s %9s %9s\n' file peak_dBFS rms_dBFS clipped lead_s tail_s
for f in "$@"; do
  case $f in
    *.wav) json=$("$cadenza" analyze --quiet "$f") ;;
    *) json=$(ffmpeg -v error -i "$f" -f wav - | "$cadenza" analyze --quiet -) ;;
  esac
  printf '%s' "$json" | jq -r --arg f "$f" \
    '[$f, (.levels.samplePeakDbfs // "-inf"), (.levels.rmsDbfs // "-inf"), .levels.clippedRuns,
      .silence.leadingSeconds, .silence.trailingSeconds]
     | "\(.[0]) \(.[1]) \(.[2]) \(.[3]) \(.[4]) \(.[5])"' |
    awk '{ printf "%-40s %9.2f %9.2f %8d %9.3f %9.3f\n", $1, $2, $3, $4, $5, $6 }'
done
