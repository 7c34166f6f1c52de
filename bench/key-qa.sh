#!/usr/bin/env bash
# Does QA's key check agree with an independent ear? Renders the 32 keyed prompts of
# bench/key-peers.sh once each (produce's first attempt: --retries 0 --keep-failed, so the master
# is the same whatever QA says), reads each master with qm-dsp's key detector, and prints QA's key
# verdict beside it: the margin by which the asked key beats its best neighbour (relative,
# parallel, IV, V) and that neighbour. A verdict agrees with qm-dsp when it passes exactly the
# masters in which qm-dsp hears the asked key; the verdict of a check that asks only for the
# measured key to be the asked one (before the margin) is printed for comparison.
# Usage: bench/key-qa.sh [seconds per track, default 30] [seed, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/peers/install.sh >/dev/null
[ -f target/cadenza.jar ] || mvn -q -B -DskipTests package >/dev/null
seconds=${1:-30}
seed=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t prompts < <(sed -n '/^prompts=(/,/^)/p' bench/key-peers.sh | grep -o '"[^"]*"' | tr -d '"')
printf '%-40s %-10s %-10s %-10s %7s %-10s %-5s %s\n' prompt asked qm-dsp cadenza margin runner-up same qa
for p in "${prompts[@]}"; do
  bin/cadenza produce -q "$p, $seconds seconds" --seed "$seed" -o "$work/t.wav" --retries 0 \
    --keep-failed --report "$work/r.json" >/dev/null 2>&1 || true
  read -r qt qm _ < <(bench/peers/bin/qm-key "$work/t.wav")
  python3 - "$p" "$qt" "$qm" "$work/r.json" <<'PY'
import json, sys
PC = {'C': 0, 'B#': 0, 'C#': 1, 'Db': 1, 'D': 2, 'D#': 3, 'Eb': 3, 'E': 4, 'Fb': 4, 'F': 5, 'E#': 5,
      'F#': 6, 'Gb': 6, 'G': 7, 'G#': 8, 'Ab': 8, 'A': 9, 'A#': 10, 'Bb': 10, 'B': 11, 'Cb': 11}
prompt, qt, qm, report = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
asked = prompt.split(' in ')[-1].split()
check = next(c for c in json.load(open(report))['qa']['checks'] if c['name'] == 'key')
heard = (check.get('measured') or '- -').split()
def same(a, b):
    return PC.get(a[0]) == PC.get(b[0]) and a[1] == b[1]
print('%-40s %-10s %-10s %-10s %7s %-10s %-5s %s' % (
    prompt.split(' in ')[0], ' '.join(asked), qt + ' ' + qm, ' '.join(heard),
    '%.4f' % check['margin'] if check.get('margin') is not None else '-', check.get('runnerUp') or '-',
    str(same(heard, asked)).lower(), str(check['passed']).lower()))
print('ROW', int(same([qt, qm], asked)), int(same(heard, asked)), int(check['passed']), file=sys.stderr)
PY
done 2> "$work/rows"
awk '/^ROW/ { n++; qm += $2; so += ($2 == $3); sn += ($2 == $4); p += $4; po += $3; fp += ($4 && !$2); fo += ($3 && !$2) }
  END { printf "\n%d masters; qm-dsp hears the asked key in %d\n", n, qm;
        printf "QA, measured key only:  passes %d, agrees with qm-dsp on %d, passes %d that qm-dsp hears otherwise\n", po, so, fo;
        printf "QA, with the margin:    passes %d, agrees with qm-dsp on %d, passes %d that qm-dsp hears otherwise\n", p, sn, fp }' "$work/rows"
