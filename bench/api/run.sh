#!/usr/bin/env bash
# Side-by-side API benchmark: upstream Octavia 11 (gunicorn 2x1, SQLite, noop drivers) and our host
# (Kestrel, SQLite, noop provider) measured one after the other with the same hey rows, bodies and
# dataset, ROUNDS times alternating. Prints the ratio table (ours / Octavia) and leaves it in $OUT.
#
#   bash bench/api/run.sh            # ROUNDS=3 by default; about 15 minutes on an idle 2-core machine
#   ROUNDS=1 BENCH_QUICK=1 bash bench/api/run.sh   # smoke test of the flow, not for figures
#
# Also measures creates at 10 clients (not one of the anchor's rows) for both sides: see c10.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
anchor=${ANCHOR_KIT:-$root/../shared/reference/octavia-anchor}
[ -f "$anchor/compare.sh" ] || { echo "run.sh: the Octavia anchor kit is not at $anchor (set ANCHOR_KIT)" >&2; exit 1; }
source "$root/scripts/prereqs.sh"
lbaas_apt_install python3-octavia python3-gunicorn hey curl iproute2
# The same build run.sh starts: Release, ReadyToRun, built-in drivers in artifacts/host/plugins.
dotnet publish "$root/host/src/Lbaas.Host/Lbaas.Host.csproj" -c Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$root/artifacts/host" -nologo -v quiet -clp:ErrorsOnly
export ROUNDS=${ROUNDS:-3}
export OURS_BODY="$here/ours-lb.json"
export OURS_RESET="bash $here/host.sh start"
export OUT=${OUT:-$(mktemp -d /tmp/lbaas-bench.XXXXXX)}
trap 'bash "$here/host.sh" stop' EXIT
# CPU time the hypervisor gave to others while this ran: a slow round with steal above a few percent is the machine's.
steal() { awk '/^cpu /{print $9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
s0=$(steal)
bash "$here/host.sh" start
bash "$anchor/compare.sh" http://127.0.0.1:9876
s1=$(steal)
awk -v a="$s0" -v b="$s1" 'BEGIN { split(a, x, " "); split(b, y, " ");
  printf "run.sh: CPU time stolen by the hypervisor during the run: %.1f%%\n", 100 * (y[1] - x[1]) / (y[2] - x[2]) }' | tee -a "$OUT/compare.txt"
echo "run.sh: results in $OUT"
