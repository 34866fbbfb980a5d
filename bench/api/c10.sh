#!/usr/bin/env bash
# Creates at 10 clients, side by side: 200 x POST /v2/lbaas/loadbalancers with 10 concurrent clients against
# a freshly started, empty Octavia 11 (anchor kit, gunicorn 2x1) and our host, ROUNDS times alternating.
# Prints one line per side and round (req/s, p50, p99, status codes) and the median ratio ours / Octavia.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
anchor=${ANCHOR_KIT:-$root/../shared/reference/octavia-anchor}
rounds=${ROUNDS:-3}
out=${OUT:-$(mktemp -d /tmp/lbaas-c10.XXXXXX)}
mkdir -p "$out"
dir=$(bash "$anchor/setup.sh" 19876)
cleanup() { bash "$dir/stop.sh" >/dev/null 2>&1 || true; rm -rf "$dir"; bash "$here/host.sh" stop; }
trap cleanup EXIT
measure() { # name url body
  hey -n 200 -c 10 -m POST -T application/json -D "$3" "$2/v2/lbaas/loadbalancers" > "$out/$1.txt" 2>&1
  awk -v name="$1" '
    $1=="Requests/sec:" {rps=$2} $1=="50%" {p50=$3*1000} $1=="99%" {p99=$3*1000}
    $1 ~ /^\[[0-9]+\]$/ && !seen[$1]++ {codes=codes $1 "x" $2 " "}
    END {printf "%-12s %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  %s\n", name, rps, p50, p99, codes}' "$out/$1.txt"
}
for r in $(seq "$rounds"); do
  bash "$dir/run_gunicorn.sh" 2 1 >/dev/null
  measure "octavia-$r" http://127.0.0.1:19876 "$dir/lb.json" | tee -a "$out/c10.txt"
  bash "$dir/stop.sh" >/dev/null
  bash "$here/host.sh" start
  measure "ours-$r" http://127.0.0.1:9876 "$here/ours-lb.json" | tee -a "$out/c10.txt"
  bash "$here/host.sh" stop
done
median() { grep "^$1-" "$out/c10.txt" | awk '{print $2}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
o=$(median octavia); u=$(median ours)
awk -v o="$o" -v u="$u" 'BEGIN {printf "median req/s: octavia %.1f, ours %.1f, ratio %.1fx\n", o, u, u/o}' | tee -a "$out/c10.txt"
echo "c10.sh: results in $out"
