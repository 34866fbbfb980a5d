#!/usr/bin/env bash
# Installs what is missing, builds, and starts the host with embedded defaults: SQLite under ./data,
# noauth with a default project, every built-in driver loaded as a plugin, REST on http://127.0.0.1:9876.
# Extra arguments go to the host (e.g. --Lbaas:RestPort=9999). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
source scripts/prereqs.sh
lbaas_prereqs_for_run

config="${CONFIGURATION:-Release}"
out="artifacts/host"
echo "run.sh: publishing ($config, ReadyToRun) to $out..."
# ReadyToRun: precompiled code, so the first requests do not wait for the JIT (bench/RESULTS.md). The built-in
# drivers are published into $out/plugins/ by the host project.
dotnet publish host/src/Lbaas.Host/Lbaas.Host.csproj -c "$config" --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$out" -nologo -v quiet -clp:ErrorsOnly

export Lbaas__DataDirectory="${Lbaas__DataDirectory:-$PWD/data}"
mkdir -p "$Lbaas__DataDirectory"
cat <<MSG
run.sh: starting the host (data in $Lbaas__DataDirectory); it warms up for about 10 s before it
listens (docs/operator-guide.md, "Performance behaviour"; Lbaas__WarmUp__Rounds=0 skips most of it)

  Point the stock OpenStack CLI at it (no Keystone):
    export OS_AUTH_TYPE=none OS_ENDPOINT=http://127.0.0.1:9876
    openstack loadbalancer provider list
    openstack subnet list            # the default VIP subnet is lb-vip-subnet
    openstack loadbalancer create --name lb1 --vip-subnet-id lb-vip-subnet --wait

MSG
exec dotnet "$out/Lbaas.Host.dll" "$@"
