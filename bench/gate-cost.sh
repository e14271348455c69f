#!/usr/bin/env bash
# What the gate adds to a user's build: `dotnet build samples/TwoLayerNet` with the gate on and off, timed by hyperfine,
# as a no-op incremental build (nothing runs again) and as a rebuild (--no-incremental: every check runs again).
# Run it on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate into
# artifacts/feed. RUNS (default 15) sets the runs per command; the table goes to artifacts/gate-cost.md.
# BEFORE=<version> (a GradGate version in artifacts/feed, such as an earlier commit's package) measures that version too,
# in the same run, for a before/after comparison: each command's warm-up runs absorb the restore a version switch needs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (Debian: apt-get install hyperfine)." >&2; exit 1; }
[ -d artifacts/feed ] || { echo "artifacts/feed is missing: run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }

build="dotnet build samples/TwoLayerNet -nodeReuse:false -tl:off -v:q"
commands=(-n "no-op, gate on" "$build" -n "no-op, gate off" "$build -p:GradGateEnabled=false")
if [ -n "${BEFORE:-}" ]; then
  [ -n "$(find artifacts/feed -name "GradGate.$BEFORE.nupkg")" ] || { echo "BEFORE=$BEFORE: artifacts/feed has no GradGate.$BEFORE.nupkg." >&2; exit 1; }
  commands+=(-n "no-op, gate on, $BEFORE" "$build -p:GradGateVersion=$BEFORE" -n "no-op, gate off, $BEFORE" "$build -p:GradGateVersion=$BEFORE -p:GradGateEnabled=false")
fi
commands+=(-n "rebuild, gate on" "$build --no-incremental" -n "rebuild, gate off" "$build --no-incremental -p:GradGateEnabled=false")
if [ -n "${BEFORE:-}" ]; then
  commands+=(-n "rebuild, gate on, $BEFORE" "$build --no-incremental -p:GradGateVersion=$BEFORE"
             -n "rebuild, gate off, $BEFORE" "$build --no-incremental -p:GradGateVersion=$BEFORE -p:GradGateEnabled=false")
fi

$build > /dev/null
hyperfine -N --warmup 3 --runs "${RUNS:-15}" --export-markdown artifacts/gate-cost.md "${commands[@]}"

# The in-build figures a user sees: MSBuild's own timing of GradGate's tasks in one cold no-op build and one cold rebuild.
$build > /dev/null
for kind in no-op rebuild; do
  flags=""; [ "$kind" = rebuild ] && flags="--no-incremental"
  echo "GradGate's tasks in one $kind build (MSBuild's performance summary):"
  $build $flags -clp:PerformanceSummary | grep -E '^ +[0-9]+ ms +(RunGradientChecks|ReportGradientChecks|Csc) ' || true
done
