#!/usr/bin/env bash
# Tempo analysis: accuracy and speed.
#  1. TempoEval: the share of cases within 4 % of the true tempo (no octave allowance) in four
#     sets: drum patterns every 5 BPM from 60 to 200 x 8 patterns x straight/swung, 30 s each,
#     rendered in-process (the set the metrical-level weights were tuned on); the same patterns at
#     the tempi half-way between, other seeds and swing 0.6 (held out); tracks of every genre made
#     through parse, compose and render at two tempi (tuning) and a third (held out); and the
#     example prompts users try first.
#  2. DownbeatEval: downbeat F-measure per drum pattern, every 10 BPM from 60 to 200; the time
#     signature read per pattern, straight and swung; then the downbeat F-measure over generated
#     tracks of every genre, and of six genres in 6/8 and 3/4, against their composed downbeats.
#  3. TempoBench: CPU time of tempo + beats + metre on 3 min of stereo 44.1 kHz audio.
# Usage: bench/tempo.sh [seconds-per-pattern-case [sets...]]
#   sets: tuning held-out genres examples (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"
java -cp "$cp" dev.cadenza.analyze.tempo.TempoEval "${1:-30}" "${@:2}"
java -cp "$cp" dev.cadenza.analyze.tempo.DownbeatEval
java -cp "$cp" dev.cadenza.analyze.tempo.TempoBench
# The metrical-level weights are refitted (not part of this run) by:
#   /usr/bin/python3 bench/corpus/extra_dev.py bench/corpus/build /tmp/extra   (more dev renders)
#   java -Dcorpus.extra=/tmp/extra -Dfit.keep=BAR_OF_THREE -cp "$cp" dev.cadenza.analyze.tempo.MetricalLevelFit
