#!/usr/bin/env bash
# What the gate adds to a user's build: `dotnet build samples/TwoLayerNet` with the gate on and off, timed by hyperfine,
# as a no-op incremental build (nothing runs again) and as a rebuild (--no-incremental: the six checks run again).
# Run it on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate into
# artifacts/feed. RUNS (default 15) sets the runs per command; the table goes to artifacts/gate-cost.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (Debian: apt-get install hyperfine)." >&2; exit 1; }
[ -d artifacts/feed ] || { echo "artifacts/feed is missing: run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }

build="dotnet build samples/TwoLayerNet -nodeReuse:false -tl:off -v:q"
$build > /dev/null
hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-markdown artifacts/gate-cost.md \
  -n "no-op, gate on" "$build" \
  -n "no-op, gate off" "$build -p:GradGateEnabled=false" \
  -n "rebuild, gate on" "$build --no-incremental" \
  -n "rebuild, gate off" "$build --no-incremental -p:GradGateEnabled=false"
