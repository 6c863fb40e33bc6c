#!/usr/bin/env bash
# Runs every benchmark and prints one table: each figure of the service beside its baseline measured in the same run.
#   ./bench.sh           the full run (100,000 volunteers, 1,000,000 approved records; under 10 minutes here)
#   ./bench.sh --quick   the small run CI does after the tests (under 2 minutes): proves the benchmarks work, gates no ratio
# How to read the table: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")"

build_log=$(mktemp)
if ! dotnet build Volunteers.Bench/Volunteers.Bench.csproj -c Release -nologo >"$build_log" 2>&1; then
  cat "$build_log"; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
dotnet Volunteers.Bench/bin/Release/net10.0/Volunteers.Bench.dll --api Volunteers.Api/bin/Release/net10.0/Volunteers.Api.dll "$@"
