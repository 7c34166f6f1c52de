#!/usr/bin/env bash
# Throughput of `cadenza parse`: prompts per second in-process (one thread), the time of one
# adversarial 100 kB prompt, and the wall time of one `cadenza parse` process.
# Usage: bench/parse-bench.sh [seconds-per-measurement]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
# The shaded jar carries the dependencies (offline builds have no dependency:build-classpath).
cp="target/test-classes:target/cadenza.jar"
java -XX:ActiveProcessorCount=1 -cp "$cp" dev.cadenza.parse.ParseBenchmark "${1:-5}"
runs=10
start=$(date +%s%N)
for _ in $(seq "$runs"); do
  java -jar target/cadenza.jar parse "dark drum and bass at 174 bpm in F minor like Pendulum, no vocals" > /dev/null
done
end=$(date +%s%N)
echo "cadenza parse wall time: $(( (end - start) / runs / 1000000 )) ms per call (mean of $runs, java -jar)"
start=$(date +%s%N)
for _ in $(seq "$runs"); do
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/cadenza.jar parse \
    "dark drum and bass at 174 bpm in F minor like Pendulum, no vocals" > /dev/null
done
end=$(date +%s%N)
echo "cadenza parse wall time: $(( (end - start) / runs / 1000000 )) ms per call (mean of $runs, C1 only, serial GC)"
