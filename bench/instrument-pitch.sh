#!/bin/sh
# Do the melodic instruments play their notes? Per instrument, the percent of YIN-voiced 40 ms
# frames within 50 cents of the note sounding, and the median deviation (one minute of its phrase).
# Usage: bench/instrument-pitch.sh [instrument ...]
set -eu
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.cadenza.synth.InstrumentPitchBenchmark "$@"
