#!/usr/bin/env bash
# Installs what the tests need that this machine lacks, then runs every test.
# Ends with a plain "N passed, N failed" line read from the TRX report.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need_apt+=(zbar-tools)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc-nogui)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (browser tests, PDF page images, QR code reading, sheets opened in LibreOffice, qpdf --check)..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

results="$PWD/TestResults"
rm -rf "$results"
status=0
dotnet test Volunteers.sln -c Release --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@" || status=$?

trx="$results/tests.trx"
if [ ! -f "$trx" ]; then
  echo "0 passed, 0 failed"
  echo "No test report was written (the build or the test run failed)." >&2
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
passed=$(value passed); failed=$(value failed); total=$(value total)
skipped=$(( total - passed - failed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
