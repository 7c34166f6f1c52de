#!/usr/bin/env bash
# Key analysis speed: 3 min of stereo 44.1 kHz audio in memory (KeyBench), CPU and wall time.
# Usage: bench/key.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp")" dev.cadenza.analyze.key.KeyBench
