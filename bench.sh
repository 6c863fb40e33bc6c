#!/usr/bin/env bash
# Runs every benchmark and prints one table: each figure of the service beside its baseline measured in the same run.
#   ./bench.sh           the full run (100,000 volunteers, 1,000,000 approved records, then case 13's district of 20 towns,
#                        200,000 volunteers and 5,000,000 records on each engine; about 25 minutes here)
#   ./bench.sh --quick   the small run CI does after the tests (about 2 minutes): proves the benchmarks work, gates no ratio
#   ./bench.sh --only 13-postgres   one part again (1-12, 13, 13-sqlite, 13-postgres)
# How to read the table: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")"

# Cases 11–13's PostgreSQL parts run on a throwaway server of its own when PostgreSQL is installed (test.sh
# installs it), with the server's durable defaults: fsync and synchronous commit on.
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  . ./throwaway-postgres.sh
  start_throwaway_postgres 56432
  export VOLUNTEERS_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=volunteers;Database=postgres"
fi

build_log=$(mktemp)
if ! dotnet build Volunteers.Bench/Volunteers.Bench.csproj -c Release -nologo >"$build_log" 2>&1; then
  cat "$build_log"; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
dotnet Volunteers.Bench/bin/Release/net10.0/Volunteers.Bench.dll --api Volunteers.Api/bin/Release/net10.0/Volunteers.Api.dll "$@"
