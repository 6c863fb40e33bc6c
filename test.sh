#!/usr/bin/env bash
# Installs what the tests need that this machine lacks, starts a throwaway PostgreSQL server, runs every test, then lints
# the OpenAPI document the service served during the tests (Spectral and Redocly: no errors allowed).
# Ends with a plain "N passed, N failed" line read from the TRX report.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need_apt+=(zbar-tools)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc-nogui)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (browser tests, PDF page images, QR code reading, a PostgreSQL server, sheets opened in LibreOffice, qpdf --check)..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

# The OpenAPI linters, from the npm registry: Spectral (spectral:oas) and Redocly (recommended).
need_npm=()
command -v spectral >/dev/null 2>&1 || need_npm+=(@stoplight/spectral-cli@6.16.3)
command -v redocly >/dev/null 2>&1 || need_npm+=(@redocly/cli@2.77.0)
if [ ${#need_npm[@]} -gt 0 ]; then
  echo "Installing ${need_npm[*]} (OpenAPI lint)..."
  npm install -g --silent "${need_npm[@]}" >/dev/null
fi

# A throwaway PostgreSQL server for the tests that run on it, with fsync off (its data are thrown away).
. ./throwaway-postgres.sh
start_throwaway_postgres 55432 fsync=off
export VOLUNTEERS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=volunteers;Database=postgres"

results="$PWD/TestResults"
rm -rf "$results"
status=0
VOLUNTEERS_OPENAPI_OUT="$results/openapi" \
  dotnet test Volunteers.sln -c Release --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@" || status=$?

# The same suite again with every test host on PostgreSQL (a database of its own, made from a migrated template), but for
# what only SQLite has: its file, PRAGMAs, query plans, checkpoints, backups (category SqliteOnly).
echo "The suite again on PostgreSQL..."
VOLUNTEERS_TEST_PROVIDER=postgres \
  dotnet test Volunteers.Tests -c Release --no-build --filter "TestCategory!=SqliteOnly" \
  --logger "trx;LogFileName=tests-postgres.trx" --results-directory "$results" "$@" || status=$?

# The document the service served during the tests (saved by Volunteers.Tests/OpenApi/ConformanceSummary.cs).
document="$results/openapi/openapi.json"
if [ -f "$document" ]; then
  cat "$results/openapi/conformance.txt"
  count() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(eval(process.argv[1])))' "$1"; }
  spectral_json=$(spectral lint "$document" -r .spectral.yaml -f json -q || true)
  redocly_json=$(redocly lint "$document" --config redocly.yaml --format=json 2>/dev/null || true)
  s_errors=$(printf '%s' "$spectral_json" | count 'JSON.parse(s).filter(p=>p.severity===0).length')
  s_warnings=$(printf '%s' "$spectral_json" | count 'JSON.parse(s).filter(p=>p.severity===1).length')
  r_errors=$(printf '%s' "$redocly_json" | count 'JSON.parse(s).totals.errors')
  r_warnings=$(printf '%s' "$redocly_json" | count 'JSON.parse(s).totals.warnings')
  echo "OpenAPI lint: Spectral ${s_errors} errors, ${s_warnings} warnings; Redocly ${r_errors} errors, ${r_warnings} warnings"
  if [ "$s_errors" != 0 ] || [ "$r_errors" != 0 ]; then
    spectral lint "$document" -r .spectral.yaml -q || true
    redocly lint "$document" --config redocly.yaml || true
    status=1
  fi
elif [ "$status" -eq 0 ]; then
  echo "The OpenAPI document was not saved: nothing to lint." >&2
  status=1
fi

passed=0; failed=0; total=0
for run in tests tests-postgres; do
  trx="$results/$run.trx"
  if [ ! -f "$trx" ]; then
    echo "0 passed, 0 failed"
    echo "No test report was written for $run (the build or the test run failed)." >&2
    exit 1
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  echo "$run: $(value passed) passed, $(value failed) failed of $(value total)"
  passed=$(( passed + $(value passed) )); failed=$(( failed + $(value failed) )); total=$(( total + $(value total) ))
done
skipped=$(( total - passed - failed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
