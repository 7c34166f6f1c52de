#!/bin/sh
# Rendering speed of every instrument and of a six-stem track.
# Usage: bench/synth.sh [--raw DIR]   (DIR receives three bars per instrument as raw f32 stereo)
set -eu
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.cadenza.synth.SynthBenchmark "$@"
