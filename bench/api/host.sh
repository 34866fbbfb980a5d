#!/usr/bin/env bash
# usage: host.sh start|stop   — starts our host empty (fresh temp data dir, SQLite, noauth, noop as default
# provider) on 127.0.0.1:$PORT (default 9876) and waits until it answers; stop kills it by pid file.
# Used by run.sh as compare.sh's OURS_RESET, so every round starts with no load balancers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-9876}
state=${BENCH_STATE:-/tmp/lbaas-bench}
mkdir -p "$state"
stop() {
  if [ -f "$state/host.pid" ]; then
    kill "$(cat "$state/host.pid")" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$(cat "$state/host.pid")" 2>/dev/null || break; sleep 0.1; done
    rm -f "$state/host.pid"
  fi
  rm -rf "$state/data"
}
case "${1:-}" in
  stop) stop ;;
  start)
    stop
    mkdir -p "$state/data"
    dll="$root/artifacts/host/Lbaas.Host.dll"
    [ -f "$dll" ] || { echo "host.sh: publish first, as run.sh and bench/api/run.sh do (artifacts/host)" >&2; exit 1; }
    Lbaas__DataDirectory="$state/data" Lbaas__RestPort="$port" Lbaas__GrpcPort="$((port + 1))" \
      Lbaas__Providers__Default=noop Logging__LogLevel__Default=Warning \
      nohup dotnet "$dll" > "$state/host.log" 2>&1 &
    echo $! > "$state/host.pid"
    for _ in $(seq 1200); do   # up to 2 minutes: the startup warm-up takes about 10 s on 2 cores
      curl -sf "http://127.0.0.1:$port/" >/dev/null && exit 0
      kill -0 "$(cat "$state/host.pid")" 2>/dev/null || break
      sleep 0.1
    done
    echo "host.sh: host did not come up; log:" >&2; tail -20 "$state/host.log" >&2; exit 1 ;;
  *) echo "usage: host.sh start|stop" >&2; exit 2 ;;
esac
