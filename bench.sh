#!/usr/bin/env bash
# Runs every benchmark and prints one table: each figure of the service beside its baseline measured in the same run.
#   ./bench.sh           the full run (100,000 volunteers, 1,000,000 approved records; under 10 minutes here)
#   ./bench.sh --quick   the small run CI does after the tests (under 2 minutes): proves the benchmarks work, gates no ratio
# How to read the table: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")"

# Case 11 (a district of towns on PostgreSQL) runs on a throwaway server of its own when PostgreSQL is installed (test.sh
# installs it), with the server's durable defaults: fsync and synchronous commit on.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/volunteers-bench-pg-XXXXXX)
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
  stop_postgres() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  }
  trap stop_postgres EXIT
  pg_port=56432
  while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U volunteers --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; exit 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null \
    || { cat "$pg_dir/server.log"; exit 1; }
  export VOLUNTEERS_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=volunteers;Database=postgres"
fi

build_log=$(mktemp)
if ! dotnet build Volunteers.Bench/Volunteers.Bench.csproj -c Release -nologo >"$build_log" 2>&1; then
  cat "$build_log"; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
dotnet Volunteers.Bench/bin/Release/net10.0/Volunteers.Bench.dll --api Volunteers.Api/bin/Release/net10.0/Volunteers.Api.dll "$@"
