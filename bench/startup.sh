#!/bin/sh
# Start-up time of `cadenza --version` under the JVM options bin/cadenza could use.
# Needs hyperfine (Debian package) and a built jar (mvn -q -B package -DskipTests).
# The last row runs the launcher with all its options; the JIT options among them (the Tier4
# thresholds, LoopUnrollLimit) barely touch start-up and are measured on real work by
# bench/jit-flags.sh.
set -eu
root=$(cd -P -- "$(dirname -- "$0")/.." && pwd)
jar=$root/target/cadenza.jar
jsa=$root/target/cadenza.jsa
command -v hyperfine >/dev/null || { echo "bench/startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 66; }
runs=${RUNS:-20}
hyperfine -N --warmup 3 --runs "$runs" \
  -n "jvm only (java -version)" "java -XX:+UseSerialGC -version" \
  -n "default JVM options" "java -jar $jar --version" \
  -n "SerialGC" "java -XX:+UseSerialGC -jar $jar --version" \
  -n "SerialGC + AppCDS" "java -XX:+UseSerialGC -XX:SharedArchiveFile=$jsa -Xlog:cds=off -jar $jar --version" \
  -n "SerialGC + AppCDS + C1 only (not used: slows DSP)" "java -XX:+UseSerialGC -XX:SharedArchiveFile=$jsa -Xlog:cds=off -XX:TieredStopAtLevel=1 -jar $jar --version" \
  -n "bin/cadenza --version" "$root/bin/cadenza --version"
