#!/bin/sh
# Writes a static AppCDS archive (JAR.jsa beside the jar) of the classes typical runs load, so
# bin/cadenza starts faster. A static archive, unlike a dynamic one, also takes picocli's Java 5
# class files. Called by the build (pom.xml) after the jar is shaded.
#   class-data-archive.sh JAVA JAR EXAMPLE_WAV
set -eu
java=$1
jar=$2
example=$3
dir=$(dirname -- "$jar")
list=$dir/cadenza.classlist
# The training runs' own output goes to a log, not through the build tool's stream pumps (which
# have failed with "Stream closed" on a loaded machine); the log is shown only if a run fails.
log=$dir/cadenza.classlist.log
: > "$list"
: > "$log"
trap 'status=$?; if [ $status -ne 0 ]; then cat "$log" >&2; fi' EXIT
# run ARGS...: one training run; its exit code is the run's.
run() {
  code=0
  "$java" -XX:DumpLoadedClassList="$list.part" -XX:+UseSerialGC -jar "$jar" "$@" < /dev/null > /dev/null 2>> "$log" || code=$?
  cat "$list.part" >> "$list"
  return $code
}
run analyze "$example"
run analyze "$example" --plot "$dir/cadenza.classlist.png"
rm -f "$dir/cadenza.classlist.png"
run parse "dark drum and bass at 174 bpm in F minor like Pendulum, no vocals"
# With an option, parse goes through the command model (cli/PlainParse is the way without).
run parse --explain --set seed=3 "warm lofi hip hop, 80 bpm"
# A short generate loads the composer, the instruments and the stem writer.
spec=$dir/cadenza-archive-spec.json
stems=$dir/cadenza-archive-stems
"$java" -jar "$jar" parse "drum and bass at 174 bpm in F minor, 10 seconds" < /dev/null > "$spec" 2>> "$log"
run generate "$spec" -o "$stems"
rm -rf "$spec" "$stems"
# A short produce loads the mix, the mastering, qa and produce itself (exit 3: QA failed, which
# loads as much).
master=$dir/cadenza-archive-master.wav
run produce "house at 124 bpm in A minor, 10 seconds" --seed 1 --retries 0 -o "$master" \
  || [ $? -eq 3 ]
rm -f "$master"
# Keep the first occurrence of each line, in load order.
awk '!seen[$0]++' "$list" > "$list.part"
mv "$list.part" "$list"
"$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$dir/cadenza.jsa" \
  -Xlog:cds=off -XX:+UseSerialGC -cp "$jar" > "$dir/cadenza.jsa.log" 2>&1
