#!/usr/bin/env bash
# cadenza report on a 200-job batch: renders four real jobs (batch --report --stems), copies them
# into a batch folder of 200 jobs (190 folders, hard links for the audio, each report.json given
# its own genre, tempo, key, loudness and verdict; 10 jobs failed in the journal, with no folder),
# writes the page with `cadenza report`, and prints the page's bytes, the pictures' bytes beside
# it, the time report took, and the page's load time in headless Chromium (the page's own
# Navigation Timing: navigation start to the end of the load event, five loads in one browser).
# Needs chromium (.ci/install-tools) and a build with test classes (mvn package).
# Usage: bench/report.sh [jobs (default 200)] [seconds per real job (default 10)]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/cadenza.jar ] && [ -d target/test-classes ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=${1:-200}
seconds=${2:-10}
genres=(house techno "lofi hip hop" funk)
for i in "${!genres[@]}"; do
  printf '{"id":"real-%d","prompt":"%s, %d seconds","seed":%d,"retries":0}\n' \
    "$i" "${genres[$i]}" "$seconds" "$((i + 1))"
done > "$work/jobs.jsonl"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bin/cadenza batch "$work/jobs.jsonl" -o "$work/real" --report --stems -q > /dev/null || true
python3 - "$work/real" "$work/batch" "$count" <<'PY'
import json, os, random, shutil, sys
real, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sources = sorted(d for d in os.listdir(real) if os.path.isfile(os.path.join(real, d, "report.json")))
genres = ["house", "techno", "lofi hip hop", "funk", "drum and bass", "ambient", "jazz", "pop"]
tonics = ["C", "D", "Eb", "F", "G", "A", "Bb", "F#"]
rng = random.Random(1)
os.makedirs(out)
journal = []
t = 0
def time():
    global t
    t += 1
    return "2026-01-01T00:%02d:%02d.000Z" % (t // 60 % 60, t % 60)
ids = ["job-%03d" % i for i in range(count)]
journal.append({"event": "planned", "time": time(), "host": "bench", "pid": 1, "shard": "1/1", "jobs": ids})
for n, job in enumerate(ids):
    journal.append({"event": "started", "id": job, "fingerprint": "f", "time": time()})
    if n % 20 == 7:
        journal.append({"event": "failed", "id": job, "fingerprint": "f", "time": time(), "seconds": 4.2,
                        "exitCode": 3, "reason": "QA: integratedLoudness failed: -8.49 LUFS is 6.49 away from -2.00 (tolerance 0.50)"})
        continue
    source = os.path.join(real, sources[n % len(sources)])
    folder = os.path.join(out, job)
    shutil.copytree(source, folder, copy_function=os.link)
    report = json.load(open(os.path.join(source, "report.json")))
    spec, analysis = report["spec"], report["analysis"]
    spec["genre"] = rng.choice(genres)
    spec["bpm"] = float(rng.randrange(70, 175))
    spec["key"] = {"tonic": rng.choice(tonics), "mode": rng.choice(["major", "minor"])}
    spec["prompt"] = "%s at %d bpm in %s %s" % (spec["genre"], spec["bpm"], spec["key"]["tonic"], spec["key"]["mode"])
    analysis["tempo"]["bpm"] = spec["bpm"] + rng.uniform(-1.5, 1.5)
    analysis["loudness"]["integratedLufs"] = rng.uniform(-16, -8)
    report["passed"] = n % 9 != 4
    if not report["passed"]:
        report["qa"]["checks"][-1]["passed"] = False
    os.remove(os.path.join(folder, "report.json"))
    json.dump(report, open(os.path.join(folder, "report.json"), "w"), indent=2)
    journal.append({"event": "done", "id": job, "fingerprint": "f", "time": time(),
                    "outputs": {}, "seconds": round(rng.uniform(20, 60), 3)})
with open(os.path.join(out, "journal.jsonl"), "w") as f:
    for entry in journal:
        f.write(json.dumps(entry) + "\n")
PY
start=$(date +%s.%N)
bin/cadenza report "$work/batch" -o "$work/batch/report.html" -q
end=$(date +%s.%N)
page=$(stat -c %s "$work/batch/report.html")
pictures=$(du -sb "$work/batch/report_files" | cut -f1)
printf 'report of %d jobs: %.1f s; page %d bytes (%.2f MB); pictures beside it %.1f MB\n' \
  "$count" "$(echo "$end - $start" | bc)" "$page" "$(echo "$page / 1048576" | bc -l)" \
  "$(echo "$pictures / 1048576" | bc -l)"
# The shaded jar brings the Jackson the driver reads DevTools messages with.
java -cp target/test-classes:target/cadenza.jar dev.cadenza.it.Chromium "$work/batch/report.html" 5
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
