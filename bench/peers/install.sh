#!/usr/bin/env bash
# Installs the independent analyzers the bench scripts compare cadenza with, none of which shares
# code with cadenza: qm-dsp's key detector behind our small host (qm-key.cpp, built here into
# bench/peers/bin), essentia.js from npm (into bench/peers/node_modules), aubio and bpm-tools, and
# sox to convert audio for them. Idempotent; quick when everything is there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
need=()
command -v sox >/dev/null || need+=(sox)
command -v aubio >/dev/null || need+=(aubio-tools)
command -v bpm >/dev/null || need+=(bpm-tools)
command -v g++ >/dev/null || need+=(g++)
command -v node >/dev/null || need+=(nodejs npm)
[ -f /usr/include/qm-dsp/dsp/keydetection/GetKeyMode.h ] || need+=(libqm-dsp-dev)
[ -f /usr/include/sndfile.h ] || need+=(libsndfile1-dev)
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
mkdir -p "$here/bin"
if [ ! -x "$here/bin/qm-key" ] || [ "$here/qm-key.cpp" -nt "$here/bin/qm-key" ]; then
  g++ -O2 -I/usr/include/qm-dsp -o "$here/bin/qm-key" "$here/qm-key.cpp" -lqm-dsp -lsndfile
fi
if [ ! -d "$here/node_modules/essentia.js" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
