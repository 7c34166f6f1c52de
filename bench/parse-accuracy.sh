#!/usr/bin/env bash
# Field-level accuracy of `cadenza parse` on the hand-written prompt table
# (src/test/resources/dev/cadenza/parse/prompts.tsv, and prompts-heldout*.tsv, reported only).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" dev.cadenza.parse.ParseAccuracy "$@"
