#!/usr/bin/env bash
# Stops the daemons .ci/slurm-up.sh started (their pids in $CADENZA_SLURM_DIR), and no others.
set -uo pipefail
state=${CADENZA_SLURM_DIR:-/tmp/cadenza-slurm}
for daemon in slurmd slurmctld munged; do
  file=$state/$daemon.started
  [ -s "$file" ] || continue
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$file"
done
exit 0
