#!/bin/sh
# Renders a jobs file in N shares at once with GNU parallel, on this machine or, with
# --sshlogin, on several that share OUT. Each share has its own journal; running the line again
# finishes what an interruption left.
#   examples/batch/parallel.sh examples/batch/jobs.jsonl renders 4
set -eu
jobs=$1 out=$2 n=${3:-4}
cadenza=${CADENZA:-cadenza}
seq 1 "$n" | parallel --halt never --line-buffer \
  "$cadenza" batch "$jobs" -o "$out" --shard {}/"$n" -j 1 -q '>' "$out".summary-{}-of-"$n".json
