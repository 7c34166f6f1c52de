#!/usr/bin/env bash
# Does each lead stay in its instrument's playing range (music/ranges.json)? Composes one prompt
# per genre, 3 minutes (so the last chorus's octave lift is in), seeds 1-5, in process without
# audio (bench/LeadRanges.java), and prints the lowest and highest MIDI note of the lead.
# JAR names another build to compare (e.g. /tmp/cadenza-rev-<sha>/target/cadenza.jar).
# Usage: bench/lead-range.sh [length, default "3 minutes"]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/cadenza.jar}
[ -n "${JAR:-}" ] || mvn -q -B -DskipTests package >/dev/null
java -cp "$jar" bench/LeadRanges.java "${1:-3 minutes}"
