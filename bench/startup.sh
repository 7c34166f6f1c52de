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
python3 - "$json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median'] * 1000:6.1f} ms  {r['command']}")
PY
