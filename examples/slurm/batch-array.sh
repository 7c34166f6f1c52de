#!/bin/bash
# cadenza batch as a Slurm job array: each array task takes its share of the jobs file (cadenza
# batch reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT; the range must
# be contiguous), and all of them write one OUTDIR on a filesystem the nodes share, each share
# with its own journal. Submitting again after a failure, a preemption or a node loss redoes only
# what is not done.
#
#   sbatch --array=0-3 examples/slurm/batch-array.sh jobs.jsonl renders/
#   cadenza batch --status renders/
#
# CADENZA names the executable when it is not on the PATH (sbatch passes the environment on).
#SBATCH --job-name=cadenza-batch
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --output=cadenza-batch-%A_%a.out
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: sbatch [--array=0-N] batch-array.sh JOBS.jsonl OUTDIR" >&2
  exit 2
fi
# Each task's summary (cadenza.batch/1) goes to its --output file; progress lines too.
exec "${CADENZA:-cadenza}" batch "$1" -o "$2" -j "${SLURM_CPUS_PER_TASK:-1}"
