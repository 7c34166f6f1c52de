#!/bin/sh
# Start-up time of `cadenza --version` and of one `cadenza parse` under the JVM options bin/cadenza
# could use, then the medians (issue 21's bar is the median of bin/cadenza parse).
# Needs hyperfine (Debian package) and a built jar (mvn -q -B package -DskipTests).
# The audio commands keep C2 with the launcher's Tier4 thresholds and LoopUnrollLimit (measured on
# real work by bench/jit-flags.sh); parse, --version, help, schema and completion run with the
# client compiler alone on one compiler thread, the last rows.
set -eu
root=$(cd -P -- "$(dirname -- "$0")/.." && pwd)
jar=$root/target/cadenza.jar
jsa=$root/target/cadenza.jsa
command -v hyperfine >/dev/null || { echo "bench/startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 66; }
runs=${RUNS:-20}
prompt="dark drum and bass at 174 bpm in F minor like Pendulum, no vocals"
cds="-XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds=off"
c2="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:LoopUnrollLimit=16"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" \
  -n "jvm only (java -version)" "java -XX:+UseSerialGC -version" \
  -n "default JVM options" "java -jar $jar --version" \
  -n "SerialGC" "java -XX:+UseSerialGC -jar $jar --version" \
  -n "SerialGC + AppCDS" "java -XX:+UseSerialGC $cds -jar $jar --version" \
  -n "SerialGC + AppCDS + C1 only" "java -XX:+UseSerialGC $cds -XX:TieredStopAtLevel=1 -jar $jar --version" \
  -n "bin/cadenza --version" "$root/bin/cadenza --version" \
  -n "parse: SerialGC + AppCDS + the audio commands' C2 flags" "java -XX:+UseSerialGC $cds $c2 -jar $jar parse '$prompt'" \
  -n "parse: SerialGC + AppCDS + C1 only, one compiler thread" "java -XX:+UseSerialGC $cds -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -jar $jar parse '$prompt'" \
  -n "bin/cadenza parse" "$root/bin/cadenza parse '$prompt'"
medians() {
  python3 - "$1" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median'] * 1000:6.1f} ms  {r['command']}")
PY
}
medians "$json"

# JDK 24 and later can keep the classes a training run loaded and linked in an AOT cache (JEP 483;
# JDK 25's one-step -XX:AOTCacheOutput, JEP 514). The build's archive is the build JDK's (17), which
# a newer JVM ignores, so on JDK 25 parse starts without one unless a cache is made for it.
# JAVA25=/path/to/jdk-25/bin/java bench/startup.sh adds these rows.
if [ -n "${JAVA25:-}" ]; then
  aot=$(mktemp -d)
  trap 'rm -f "$json"; rm -rf "$aot"' EXIT
  c1="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
  # shellcheck disable=SC2086 # $c1 is a list of options
  "$JAVA25" $c1 -XX:AOTCacheOutput="$aot/parse.aot" -jar "$jar" parse "$prompt" >/dev/null 2>&1
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" \
    -n "JDK 25 parse: C1 only, its default CDS" "$JAVA25 $c1 -jar $jar parse '$prompt'" \
    -n "JDK 25 parse: C1 only, an AOT cache of a parse run" "$JAVA25 $c1 -XX:AOTCache=$aot/parse.aot -jar $jar parse '$prompt'"
  medians "$json"
fi
