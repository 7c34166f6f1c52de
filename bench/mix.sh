#!/usr/bin/env bash
# Mastering speed: 3 min of stereo 44.1 kHz 16-bit WAV mastered to the streaming preset (and to
# club, which needs several limiter passes): the input is measured, run once up to the limiter
# (kept in a temporary float file), each full pass limits the kept signal and measures the output,
# and the output of the pass that lands is kept and written as 24-bit. Against sox doing
# equalizer + compand + gain on the same file.
# Usage: bench/mix.sh   (needs sox for the comparison)
#
# Measured 2026-11-25 on the shared 2-core machine (load average 6-13 from other builds, so
# times are inflated and noisy; compare runs made side by side):
#   in-process (MasteringBench, warmed up), streaming: before 2.15-2.25 s CPU (4 passes over the
#     bus, render computed again); now 0.75-0.77 s CPU, next to 0.84-0.87 s for the version
#     before the limiter's input was kept. The streaming chain aimed at club's -8 LUFS / -0.3 dBTP
#     (5 limiter passes), plan only: 7.2-7.8 s before, 4.9-5.5 s now. The club preset itself
#     (its 4x oversampled saturator has latency, so every pass still runs the whole chain from
#     the input): about 20 s CPU per master under this load; not improved yet.
#   bin/cadenza mix end to end, without the class archive, before/after side by side:
#     5.1-5.2 s user + 0.55 s sys -> 3.7-3.9 s user + 0.7 s sys; with the archive now 2.7-3.2 s
#     user + 0.5-0.6 s sys (5.4-6.6 s wall at load 6). Most of it is JIT compilation and code
#     running before it is compiled: the warmed-up work is the 0.75 s above.
#   sox equalizer+compand+gain -n, same file: 0.55-0.71 s user, 0.93-1.2 s wall at load 6.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"

java -cp "$cp" dev.cadenza.mix.MasteringBench "$work/in.wav" "$work/out.wav"
java -cp "$cp" dev.cadenza.mix.MasteringBench "$work/in.wav" "$work/out.wav" club

if ! command -v sox >/dev/null; then
  echo "sox missing: comparison skipped"
  exit 0
fi
best() { sort -n | head -1; }
theirs=$(for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S" sox "$work/in.wav" "$work/sox.wav" \
    equalizer 100 1q 2 compand 0.01,0.2 -60,-60,-20,-10,0,-5 gain -n -1 2>&1 | tail -1
done | best)
echo "sox equalizer+compand+gain -n, same file (best of 3, wall s / user s / sys s): $theirs"

# The command itself, end to end (JVM start included), on the same file.
ours=$(for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S" bin/cadenza mix -q "$work/in.wav" -o "$work/cadenza.wav" 2>&1 | tail -1
done | best)
echo "bin/cadenza mix (streaming preset), same file (best of 3, wall s / user s / sys s): $ours"
