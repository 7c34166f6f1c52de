#!/bin/sh
# Speed of `cadenza generate`, end to end through bin/cadenza (JVM start included): a drum and
# bass track (six stems + MIDI, stereo 44.1 kHz, 24-bit) of 30 s, 3 min and 10 min, and 30 min
# when asked. For each: wall time, CPU time, realtime factor and the largest resident set; the
# 3-minute and the longest runs are repeated under a 512 MB heap cap to show that their peak heap
# stays below that.
#
# Usage: bench/generate.sh [--long] [--in-process]
#   --long        also render 30 minutes
#   --in-process  also run GenerateBench (four genres, 3 min, warm JVM, peak heap of the pools)
# Wall times depend on what else runs on the machine: read the CPU time beside them.
set -eu
cd "$(dirname "$0")/.."
long=false
inprocess=false
for arg in "$@"; do
  case $arg in
    --long) long=true ;;
    --in-process) inprocess=true ;;
    *) echo "usage: bench/generate.sh [--long] [--in-process]" >&2; exit 2 ;;
  esac
done

mvn -q -B package -DskipTests
work=${TMPDIR:-/tmp}/cadenza-generate-bench
rm -rf "$work"
mkdir -p "$work"

durations="30:30-seconds 180:3-minutes 600:10-minutes"
if $long; then
  durations="$durations 1800:30-minutes"
fi

# One warm-up run so the page cache holds the jar and the CDS archive.
bin/cadenza parse "drum and bass at 174 bpm in F minor, 30 seconds" > "$work/warm.json"
bin/cadenza generate "$work/warm.json" -o "$work/warm" > /dev/null
rm -rf "$work/warm"

echo "bin/cadenza generate, drum and bass 174 bpm, 44.1 kHz 24-bit stems, $(nproc) cores"
printf '%-10s %8s %8s %9s %10s %s\n' music wall cpu realtime "max RSS" files
for entry in $durations; do
  seconds=${entry%%:*}
  words=$(echo "${entry#*:}" | tr - ' ')
  spec="$work/$seconds.json"
  out="$work/out-$seconds"
  bin/cadenza parse "drum and bass at 174 bpm in F minor, $words" > "$spec"
  rm -rf "$out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" bin/cadenza generate "$spec" -o "$out" > /dev/null
  read -r wall user sys rss < "$work/time"
  files=$(find "$out" -type f | wc -l)
  mb=$(du -sm "$out" | cut -f1)
  rm -rf "$out"
  awk -v s="$seconds" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" -v f="$files" -v m="$mb" \
    'BEGIN { printf "%-10s %7.2fs %7.2fs %8.0fx %7.0f MB %d files, %d MB\n", s " s", w, u + y, s / w, r / 1024, f, m }'
done

# Under a heap cap: a run fails with an out-of-memory error if its peak heap needs more. Stems are
# rendered in segments and spill to a temporary file past 96 MB each, so the cap holds for the
# longest track as well as for the 3-minute one.
longest=${durations##* }
longest=${longest%%:*}
for seconds in 180 "$longest"; do
  out="$work/out-cap"
  if CADENZA_JAVA_OPTS="-Xmx512m" bin/cadenza generate "$work/$seconds.json" -o "$out" > /dev/null; then
    echo "$seconds s track with -Xmx512m: completes (peak heap under 512 MB)"
  else
    echo "$seconds s track with -Xmx512m: FAILED"
  fi
  rm -rf "$out"
done
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"

if $inprocess; then
  mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
  java -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    dev.cadenza.generate.GenerateBench
fi
