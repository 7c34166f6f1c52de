#!/usr/bin/env bash
# Brings up a one-node Slurm cluster on this host from Debian's packages, for the test that runs
# examples/slurm/batch-array.sh through sbatch (SlurmBatchIT): this host is controller and node,
# reached at 127.0.0.1 (a container's host name may not resolve), auth/munge,
# proctrack/linuxproc, task/none, select/cons_tres, the node's CPUs and memory as slurmd -C
# reports them. munged runs as the munge user; slurmctld -D and slurmd -D run in the background,
# their pids and logs in $CADENZA_SLURM_DIR (default /tmp/cadenza-slurm), which
# .ci/slurm-down.sh reads to stop only what this script started. Needs root. Waits until sinfo
# shows the node idle (at most 60 s).
set -euo pipefail
state=${CADENZA_SLURM_DIR:-/tmp/cadenza-slurm}
if [ "$(id -u)" -ne 0 ]; then
  echo "slurm-up: must run as root (it installs packages and starts daemons)" >&2
  exit 1
fi
missing=()
for tool in munged slurmctld slurmd sbatch; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends munge slurmctld slurmd slurm-client >/dev/null
fi
mkdir -p "$state/ctld" "$state/d"
rm -f "$state"/*.started

# munge: a key (the package makes one; made here if it did not), its socket folder, the daemon
# as the munge user unless one already answers.
if [ ! -s /etc/munge/munge.key ]; then
  mungekey --create --keyfile=/etc/munge/munge.key
fi
chown munge:munge /etc/munge/munge.key
chmod 0400 /etc/munge/munge.key
install -d -o munge -g munge -m 0755 /run/munge
install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  runuser -u munge -- munged --pid-file=/run/munge/munged.pid
  for _ in $(seq 50); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.1
  done
  # munged forks into the background; its pid file names the daemon that stayed.
  cp /run/munge/munged.pid "$state/munged.started"
fi

host=$(hostname -s)
node=$(slurmd -C | head -1)
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=cadenza
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
SwitchType=switch/none
MpiDefault=none
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=batch Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

nohup slurmctld -D -i >"$state/slurmctld.out" 2>&1 &
echo $! > "$state/slurmctld.started"
nohup slurmd -D >"$state/slurmd.out" 2>&1 &
echo $! > "$state/slurmd.started"
for _ in $(seq 120); do
  if [ "$(sinfo -h -N -o %t 2>/dev/null | head -1)" = idle ]; then
    echo "slurm-up: $host idle ($node)" >&2
    exit 0
  fi
  sleep 0.5
done
echo "slurm-up: the node did not become idle in 60 s; logs in $state" >&2
tail -5 "$state/slurmctld.log" "$state/slurmd.log" >&2 || true
exit 1
