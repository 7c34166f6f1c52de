#!/usr/bin/env bash
# Field-level accuracy of `cadenza parse` on the hand-written prompt table
# (src/test/resources/dev/cadenza/parse/prompts.tsv, and prompts-heldout*.tsv, reported only).
set -euo pipefail
cd "$(dirname "$0")/.."
# The shaded jar carries the dependencies, so no plugin beyond the build's own is needed (offline
# builds have no dependency:build-classpath); the table readers use nothing from the test scope.
mvn -q -B -DskipTests package
java -cp "target/test-classes:target/cadenza.jar" dev.cadenza.parse.ParseAccuracy "$@"
