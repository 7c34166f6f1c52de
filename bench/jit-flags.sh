#!/usr/bin/env bash
# Compares JVM option sets for bin/cadenza on the runs its launcher is tuned for: a 3-minute
# generate, a 3-minute analyze and a 30-minute analyze. Each option set is added to the launcher's
# own options through CADENZA_JAVA_OPTS (a later -XX option overrides an earlier one), and the
# sets take turns within every round, so a change in the machine's speed during the run touches
# them all alike. Prints the median and best wall and CPU seconds of each set per workload.
#
# Usage: bench/jit-flags.sh [rounds] [label=options ...]
#   default: 8 rounds; "launcher" (nothing added) against "unroll60" (the JVM's default unrolling)
# Example: bench/jit-flags.sh 8 launcher= c1only=-XX:TieredStopAtLevel=1
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
rounds=${1:-8}
shift || true
if [ $# -eq 0 ]; then
  set -- "launcher=" "unroll60=-XX:LoopUnrollLimit=60"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin/cadenza parse "drum and bass at 174 bpm in F minor, 3 minutes" > "$work/dnb.json"
bin/cadenza parse "house at 124 bpm, 3 minutes" | bin/cadenza generate - --mixdown > "$work/3min.wav"
if command -v sox >/dev/null; then
  # shellcheck disable=SC2046 # ten copies of the same file, end to end
  sox $(for i in $(seq 10); do echo "$work/3min.wav"; done) "$work/30min.wav"
else
  echo "sox missing: the 30-minute analysis is skipped"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
python3 - "$rounds" "$work" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, time
rounds, work, sets = int(sys.argv[1]), sys.argv[2], [a.split("=", 1) for a in sys.argv[3:]]
workloads = [
    ("generate 3 min", f"bin/cadenza generate {work}/dnb.json -o {work}/out"),
    ("analyze 3 min", f"bin/cadenza analyze {work}/3min.wav"),
]
if os.path.exists(f"{work}/30min.wav"):
    workloads.append(("analyze 30 min", f"bin/cadenza analyze {work}/30min.wav"))
for name, command in workloads:
    times = {label: [] for label, _ in sets}
    for _ in range(rounds if "30 min" not in name else max(2, rounds // 3)):
        for label, options in sets:
            subprocess.run(f"rm -rf {work}/out", shell=True)
            env = dict(os.environ, CADENZA_JAVA_OPTS=options)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.monotonic()
            subprocess.run(command, shell=True, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.monotonic() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            times[label].append((wall, cpu))
    print(name)
    for label, runs in times.items():
        walls = sorted(w for w, _ in runs)
        cpus = sorted(c for _, c in runs)
        print(f"  {label:<12} wall median {statistics.median(walls):.3f} best {walls[0]:.3f} s"
              f" | cpu median {statistics.median(cpus):.3f} best {cpus[0]:.3f} s")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
