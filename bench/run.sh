#!/usr/bin/env bash
# The benchmarks in one command: builds in Release, starts its own PostgreSQL, runs every measurement on
# SQLite and PostgreSQL (the cluster and the peer baseline on PostgreSQL) and rewrites docs/benchmarks.md, printing each
# phase and its figures as it goes. About 20 minutes on 2 cores.
#   bench/run.sh            the full run
#   bench/run.sh --quick    a smoke run of every code path (a couple of minutes; report in artifacts/)
#   bench/run.sh --only 4   some measurements only, by number (report in artifacts/)
# On a fresh machine, run as root: it installs the PostgreSQL server binaries first, as test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    if ((EUID != 0)); then
        echo "bench/run.sh: PostgreSQL server binaries are missing: sudo apt-get install postgresql, or run this as root." >&2
        exit 1
    fi
    echo "==> Installing PostgreSQL server binaries (apt-get install postgresql)"
    log=$(mktemp)
    # Only the binaries: the benchmark starts a private server; the package's own cluster would be a stray server.
    if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-common &&
        sed -i 's/^#\?\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        exit 1
    fi
    rm -f "$log"
fi

# The measurements that run the app as a process of their own run it as deployed (README, "Several nodes"): published,
# with ReadyToRun code, beside the benchmark; and so the app that shows how much of its start is Orleans' own.
echo "==> Publishing the app as deployed (dotnet publish src/Api -c Release), and bench/OrleansFloor"
dotnet publish src/Api -c Release -o bench/KpiActors.Benchmarks/bin/Release/net10.0/app -v quiet -nologo
dotnet publish bench/OrleansFloor -c Release -o bench/KpiActors.Benchmarks/bin/Release/net10.0/floor -v quiet -nologo
exec dotnet run -c Release --project bench/KpiActors.Benchmarks -- "$@"
