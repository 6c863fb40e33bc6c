#!/usr/bin/env bash
# Mutation-tests one area with Stryker.NET: ./stryker/run.sh <area> [more Stryker options, e.g. --since:main]
# Areas: ledger-and-incentives, scope-and-access, numbering, selection (stryker/<area>.json holds each one's settings and
# test filter). Where an area is a few members of larger files, their spans are found here by member name.
# Reports: StrykerOutput/<area>/reports/mutation-report.html (and .json).
set -euo pipefail
cd "$(dirname "$0")/.."
area=${1:?"usage: $0 <area> [stryker options]"}; shift
[ -f "stryker/$area.json" ] || { echo "no such area: $area (see stryker/*.json)" >&2; exit 2; }

core=Volunteers.Core
files=()
members=()
case $area in
  ledger-and-incentives|selection) ;;
  scope-and-access)
    files=("$core/Common/Caller.cs" "$core/Accounts/Tokens.cs")
    members=(
      "$core/Accounts/AccountData.cs IssueToken RevokeTokens Authenticate NotFound"
      "$core/Volunteers/VolunteerData.cs RevealIdNumber Get List EnsurePointReachable NotFound"
      "$core/Volunteers/VolunteerChanges.cs Reachable"
      "$core/ServiceRecords/ServiceRecordData.cs Get List Reachable"
      "$core/Activities/ActivityData.cs Create Get List Reachable"
      "$core/Incentives/IncentiveData.cs Redeem Leaderboard"
      "$core/Selection/AwardData.cs List Get"
      "$core/Selection/SelectionSteps.cs Nominate Object"
      "$core/Selection/SelectionData.cs View"
    ) ;;
  numbering)
    files=("$core/Selection/AwardIssuer.cs")
    members=(
      "$core/Volunteers/VolunteerData.cs NextNumber Insert"
      "$core/Documents/DocumentData.cs ServiceProof"
    ) ;;
esac

mutate=()
for f in "${files[@]}"; do mutate+=(--mutate "**/$f"); done
# shellcheck disable=SC2086 # each entry is a file followed by member names
for m in "${members[@]}"; do mutate+=(--mutate "$(python3 stryker/spans.py $m)"); done

dotnet tool restore >/dev/null
cd Volunteers.Tests
exec dotnet stryker --config-file "../stryker/$area.json" "${mutate[@]}" --output "../StrykerOutput/$area" "$@"
