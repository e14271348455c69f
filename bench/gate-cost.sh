#!/usr/bin/env bash
# What the gate adds to a user's build: `dotnet build samples/TwoLayerNet` with the gate on and off, timed by hyperfine,
# as a no-op incremental build (nothing runs again) and as a rebuild (--no-incremental: every check runs again).
# Run it on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate into
# artifacts/feed. RUNS (default 15) sets the runs per command; the table goes to artifacts/gate-cost.md.
# BEFORE=<version> (a GradGate version in artifacts/feed, such as an earlier commit's package) measures that version too,
# in the same run, for a before/after comparison: each command's warm-up runs absorb the restore a version switch needs.
# IN_BUILD_ONLY=1 skips hyperfine and gives only MSBuild's own timing of the gate's targets (below).
# EDIT_ONLY=1 gives only that timing for builds after an edit (a source file saved again, so the compiler runs), with the
# runner started early (the default), without it (GradGateStartRunnerEarly=false) and with the gate off, alternating.
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
if [ -z "${IN_BUILD_ONLY:-}" ] && [ -z "${EDIT_ONLY:-}" ]; then
  hyperfine -N --warmup 3 --runs "${RUNS:-15}" --export-markdown artifacts/gate-cost.md "${commands[@]}"
fi

# The in-build figure a user sees, which whole-build timings on a shared machine cannot resolve (their spread is several
# tenths of a second): MSBuild's own timing of GradGate's targets (every target whose name holds GradGate) in each of
# IN_BUILD_RUNS (default 10) cold no-op builds and rebuilds, summed per build; the median of the sums, and of the build.
# With BEFORE, the rebuilds of the two versions alternate (this version, then BEFORE, ten times), so that the machine's
# drift over the minutes of the run falls on both alike; no-op builds cannot alternate, since a switch rebuilds.
gradgate_ms() { awk '/Target Performance Summary/,/Task Performance Summary/' | awk '$3 ~ /GradGate/ { sum += $1 } END { print sum + 0 }'; }
core_compile_ms() { awk '/Target Performance Summary/,/Task Performance Summary/' | awk '$3 == "CoreCompile" { print $1 + 0 }'; }
build_ms() { sed -n 's/^Time Elapsed \([0-9:.]*\)$/\1/p' | awk -F: '{ printf "%d", ($1 * 3600 + $2 * 60 + $3) * 1000 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
report() {
  local label=$1 sums=$2 totals=$3 compiles=$4
  # shellcheck disable=SC2086
  echo "$label: GradGate's targets $(median $sums) ms (median of $sums), CoreCompile $(median $compiles) ms, the whole build $(median $totals) ms"
}

# Each argument set is one series ("-p:A -p:B", split on spaces); the series' builds alternate, one of each per round.
# BEFORE_EACH names a command run before every build (edit_source for builds after an edit).
in_build() {
  local labels=() series=() sums=() totals=() compiles=()
  while [ $# -gt 0 ]; do labels+=("$1"); series+=("$2"); sums+=(""); totals+=(""); compiles+=(""); shift 2; done
  for _ in $(seq "${IN_BUILD_RUNS:-10}"); do
    for index in "${!series[@]}"; do
      local summary
      ${BEFORE_EACH:-true}
      # shellcheck disable=SC2086
      summary=$($build ${series[$index]} -clp:PerformanceSummary)
      sums[index]="${sums[index]} $(gradgate_ms <<< "$summary")"
      totals[index]="${totals[index]} $(build_ms <<< "$summary")"
      compiles[index]="${compiles[index]} $(core_compile_ms <<< "$summary")"
    done
  done
  for index in "${!series[@]}"; do report "${labels[index]}" "${sums[index]# }" "${totals[index]# }" "${compiles[index]# }"; done
}

# An edit as an editor makes it: the file saved again, its content unchanged, so the compiler and the checks run again.
edit_source() { touch samples/TwoLayerNet/Checks.cs; sleep 0.01; }

if [ -n "${EDIT_ONLY:-}" ]; then
  $build > /dev/null
  BEFORE_EACH=edit_source in_build "edit, gate on" "" "edit, gate on, runner not started early" "-p:GradGateStartRunnerEarly=false" \
    "edit, gate off" "-p:GradGateEnabled=false"
  exit 0
fi

$build > /dev/null
in_build "no-op, gate on" ""
in_build "no-op, gate off" "-p:GradGateEnabled=false"
if [ -n "${BEFORE:-}" ]; then
  in_build "rebuild, gate on" "--no-incremental" "rebuild, gate on, $BEFORE" "--no-incremental -p:GradGateVersion=$BEFORE"
  $build -p:GradGateVersion="$BEFORE" > /dev/null
  in_build "no-op, gate on, $BEFORE" "-p:GradGateVersion=$BEFORE"
else
  in_build "rebuild, gate on" "--no-incremental"
fi
$build > /dev/null
