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
      "$core/Accounts/AccountCommands.cs IssueToken RevokeTokens NotFound"
      "$core/Accounts/AccountQueries.cs Authenticate"
      "$core/Volunteers/VolunteerQueries.cs Get List Reachable NotFound"
      "$core/Volunteers/VolunteerCommands.cs RevealIdNumber"
      "$core/LearningPoints/LearningPointQueries.cs Get EnsureReachable"
      "$core/ServiceRecords/ServiceRecordQueries.cs Get List Reachable"
      "$core/Activities/ActivityQueries.cs Get List Reachable"
      "$core/Activities/ActivityCommands.cs Create"
      "$core/Incentives/RedemptionCommands.cs Redeem"
      "$core/Incentives/IncentiveQueries.cs Leaderboard"
      "$core/Selection/AwardQueries.cs List Get"
      "$core/Selection/SelectionCommands.cs Nominate Object"
      "$core/Selection/SelectionQueries.cs View"
    ) ;;
  numbering)
    files=("$core/Numbering/NumberSequences.cs" "$core/Numbering/NumberingSettings.cs")
    members=(
      "$core/Selection/AwardCommands.cs Grant"
      "$core/Volunteers/VolunteerCommands.cs Insert"
      "$core/Documents/ServiceProofCommands.cs Issue"
    ) ;;
esac

mutate=()
for f in "${files[@]}"; do mutate+=(--mutate "**/$f"); done
# shellcheck disable=SC2086 # each entry is a file followed by member names
for m in "${members[@]}"; do mutate+=(--mutate "$(python3 stryker/spans.py $m)"); done

dotnet tool restore >/dev/null
cd Volunteers.Tests
exec dotnet stryker --config-file "../stryker/$area.json" "${mutate[@]}" --output "../StrykerOutput/$area" "$@"
