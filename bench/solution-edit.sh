#!/usr/bin/env bash
# Issue 15: the runner started early (GradGateStartRunnerEarly) in a solution build that keeps every processor busy.
# Builds a solution of PROJECTS (default 3) copies of samples/TwoLayerNet in artifacts/solution-edit, then, IN_BUILD_RUNS
# times (default 8), saves every project's checks file again and builds the solution with -m:$(nproc), once with the
# runner started early and once without, alternating. Prints the medians of the whole build (MSBuild's Time Elapsed),
# of GradGate's targets summed over the projects, and of CoreCompile summed over the projects: a runner on standby
# shares the processors with the other projects' compilers. Run it on an otherwise idle machine, after
# `dotnet run --project samples/Showcase` has packed GradGate into artifacts/feed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f artifacts/gradgate-version.props ] || { echo "run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }

work=artifacts/solution-edit
rm -rf "$work"
mkdir -p "$work"
# The samples' settings and feed, from a folder two levels below the repository like the samples' own.
echo '<Project><Import Project="../../samples/Directory.Build.props" /></Project>' > "$work/Directory.Build.props"
echo '<Project><Import Project="../../samples/Directory.Build.targets" /></Project>' > "$work/Directory.Build.targets"
sed -e 's|"../artifacts/sample-packages"|"../sample-packages"|' -e 's|"../artifacts/feed"|"../feed"|' samples/NuGet.Config > "$work/NuGet.Config"
projects=()
for index in $(seq "${PROJECTS:-3}"); do
  name="Net$index"
  mkdir -p "$work/$name"
  cp samples/TwoLayerNet/*.cs "$work/$name/"
  sed "s|</RootNamespace>|</RootNamespace><AssemblyName>$name</AssemblyName>|" samples/TwoLayerNet/TwoLayerNet.csproj > "$work/$name/$name.csproj"
  projects+=("$work/$name/$name.csproj")
done
dotnet new sln --format slnx -n Solution -o "$work" > /dev/null
dotnet sln "$work/Solution.slnx" add "${projects[@]}" > /dev/null

build="dotnet build $work/Solution.slnx -nodeReuse:false -tl:off -v:m -m:$(nproc) -clp:PerformanceSummary"
$build > /dev/null

gradgate_ms() { awk '/Target Performance Summary/,/Task Performance Summary/' | awk '$3 ~ /GradGate/ { sum += $1 } END { print sum + 0 }'; }
compile_ms() { awk '/Target Performance Summary/,/Task Performance Summary/' | awk '$3 == "CoreCompile" { print $1 + 0 }'; }
build_ms() { sed -n 's/^Time Elapsed \([0-9:.]*\)$/\1/p' | awk -F: '{ printf "%d", ($1 * 3600 + $2 * 60 + $3) * 1000 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A totals gradgate compiles
for _ in $(seq "${IN_BUILD_RUNS:-8}"); do
  for early in true false; do
    touch "$work"/Net*/Checks.cs
    summary=$($build -p:GradGateStartRunnerEarly=$early)
    totals[$early]="${totals[$early]:-} $(build_ms <<< "$summary")"
    gradgate[$early]="${gradgate[$early]:-} $(gradgate_ms <<< "$summary")"
    compiles[$early]="${compiles[$early]:-} $(compile_ms <<< "$summary")"
  done
done
for early in true false; do
  # shellcheck disable=SC2086
  echo "runner started early=$early: the whole build $(median ${totals[$early]}) ms (of${totals[$early]}), GradGate's targets $(median ${gradgate[$early]}) ms, CoreCompile $(median ${compiles[$early]}) ms, summed over the projects"
done
