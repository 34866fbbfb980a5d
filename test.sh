#!/usr/bin/env bash
# Installs what is missing, builds everything, runs every test project, and ends with one line:
# "N passed, N failed, N skipped", summed over all test assemblies. Exit status non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export UseSharedCompilation=true   # one warm compiler for every project; shut down on exit
config="${CONFIGURATION:-Release}"
log=$(mktemp)
summary() {
  awk '/^(Passed|Failed)! +- Failed: / { gsub(",", ""); f += $4; p += $6; s += $8 }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
}
trap 'rm -f "$log"; dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

rc=0
step() { echo "== $*"; }

step "prerequisites"
source scripts/prereqs.sh
if ! lbaas_prereqs_for_tests 2>&1 | tee -a "$log"; then rc=1; fi
if [ $rc -eq 0 ] && ! dotnet tool restore 2>&1 | tee -a "$log"; then rc=1; fi   # dotnet-ef for EF migrations

if [ $rc -eq 0 ] && [ -f proto/buf.yaml ]; then
  step "buf lint and breaking-change check"
  npx --no-install buf lint proto 2>&1 | tee -a "$log"; [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  if [ -f proto/baseline.binpb ]; then
    npx --no-install buf breaking proto --against proto/baseline.binpb 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  fi
fi

if [ $rc -eq 0 ]; then
  step "build ($config)"
  dotnet build Providers.sln -c "$config" -nologo 2>&1 | tee -a "$log" | grep -vE '^\s*$' | grep -E 'error|warn|Build succeeded|Time Elapsed' 
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
fi

# In-process test assemblies first, in parallel; then the end-to-end assembly alone, since it runs real hosts,
# the stock CLI, PostgreSQL and upstream Octavia as processes and competes for the 2 cores otherwise.
e2e="host/test/Lbaas.Host.EndToEnd.Tests"
if [ $rc -eq 0 ]; then
  step "test (in-process)"
  dotnet test Providers.sln -c "$config" --no-build -nologo --filter "FullyQualifiedName!~Lbaas.Host.EndToEnd" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  step "test (end to end)"
  dotnet test "$e2e" -c "$config" --no-build -nologo 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
fi

summary
exit $rc
