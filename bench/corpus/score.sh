#!/usr/bin/env bash
# Measures cadenza and its peers on one half of the evaluation corpus and prints the table:
# tempo accuracy 1 and 2, share of null tempo, beat and downbeat F-measure, key exactness.
# Builds the corpus first when build/ is missing; installs the peers (bench/peers/install.sh).
# essentia.js runs after the other tools, on the tracks it has not read yet; with
# SKIP_ESSENTIA=1 it is left out and its columns cover only the tracks it read before. With
# CADENZA_ONLY=1 only cadenza runs (a minute or two a half, for iterating on the analyzer); the
# peers' columns then cover only the tracks they read before.
# Usage: bash bench/corpus/score.sh dev|test [JOBS]   (default 2 tracks at a time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
half=${1:?usage: score.sh dev|test [JOBS]}
case $half in dev|test) ;; *) echo "score.sh: half must be dev or test, not '$half'" >&2; exit 2;; esac
[ -f "$here/build/truth.json" ] || bash "$here/build.sh"
phase=fast
if [ "${CADENZA_ONLY:-0}" = 1 ]; then phase=cadenza; else bash "$root/bench/peers/install.sh"; fi
[ -f "$root/target/cadenza.jar" ] || (cd "$root" && mvn -q -B -o package -DskipTests)
ids=$(/usr/bin/python3 -c 'import json,sys; [print(t["id"]) for t in json.load(open(sys.argv[1]))["tracks"] if t["half"]==sys.argv[2]]' \
  "$here/build/truth.json" "$half")
start=$(date +%s)
nice xargs -P "${2:-2}" -n 1 bash "$here/run_tools.sh" "$phase" <<<"$ids"
echo "$([ $phase = fast ] && echo 'cadenza, qm-dsp, aubio, bpm-tools' || echo cadenza): $(( $(date +%s) - start )) s"
if [ "${SKIP_ESSENTIA:-0}" != 1 ] && [ $phase = fast ]; then
  start=$(date +%s)
  nice xargs -P "${2:-2}" -n 1 bash "$here/run_tools.sh" essentia <<<"$ids"
  echo "essentia.js: $(( $(date +%s) - start )) s"
fi
/usr/bin/python3 "$here/score.py" "$here/build/truth.json" "$here/build/results" "$half"
