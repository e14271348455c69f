#!/usr/bin/env bash
# Where a rebuild's gate time goes, outside MSBuild: the runner process alone, launched exactly as the gate launches it
# (dotnet exec with the sample's deps.json and runtimeconfig, the variables the gate adds, the request the gate wrote),
# for samples/TwoLayerNet's eight checks, against a hello-world process on the same runtime (the floor of any
# out-of-process runner).
# BEFORE=<version> (a GradGate version in artifacts/feed) times that version's runner in the same hyperfine run.
# Run it on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate. RUNS default 20.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (Debian: apt-get install hyperfine)." >&2; exit 1; }
[ -f artifacts/gradgate-version.props ] || { echo "run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }

work="$PWD/artifacts/runner-cost"
packages="$PWD/artifacts/sample-packages"
rm -rf "$work"
mkdir -p "$work"

# Builds the sample against one GradGate version and keeps a copy of what the gate's runner needs: the app's output and
# the request the gate wrote beside its results, pointed at the copy.
snapshot() {
  local name=$1 version=$2
  dotnet build samples/TwoLayerNet --no-incremental -nodeReuse:false -tl:off -v:d -p:GradGateVersion="$version" > "$work/$name.log"
  mkdir -p "$work/$name"
  # The variables the gate adds for its runner (the heap cap, the tiering delay), where its log names them.
  local environment
  environment=$(grep -E "GradGate: the runner's environment adds " "$work/$name.log" | tail -1 | sed -E "s/^.*GradGate: the runner's environment adds //")
  cp -r samples/TwoLayerNet/bin/Debug/net10.0 "$work/$name/bin"
  sed -e "s|\"assemblyPath\": \"[^\"]*\"|\"assemblyPath\": \"$work/$name/bin/TwoLayerNet.dll\"|" \
      -e "s|\"eventsPath\": \"[^\"]*\"|\"eventsPath\": \"$work/$name/events.jsonl\"|" \
      samples/TwoLayerNet/obj/Debug/net10.0/gradgate/request.json > "$work/$name/request.json"
  cp samples/TwoLayerNet/obj/Debug/net10.0/gradgate/TwoLayerNet.runtimeconfig.json "$work/$name/" 2>/dev/null \
    || cp "$work/$name/bin/TwoLayerNet.runtimeconfig.json" "$work/$name/"
  # The runner the gate chose (its settings stamp names it): the precompiled one where the package has it.
  local runner
  runner=$(sed -n 's/^Runner=//p' samples/TwoLayerNet/obj/Debug/net10.0/gradgate/settings.txt)
  echo "env $environment dotnet exec --depsfile $work/$name/bin/TwoLayerNet.deps.json --runtimeconfig $work/$name/TwoLayerNet.runtimeconfig.json --additionalprobingpath $packages $runner --request $work/$name/request.json"
}

current=$(sed -n 's|.*<GradGateVersion>\(.*\)</GradGateVersion>.*|\1|p' artifacts/gradgate-version.props)
commands=(-n "runner $current" "$(snapshot current "$current")")
if [ -n "${BEFORE:-}" ]; then
  commands+=(-n "runner $BEFORE" "$(snapshot before "$BEFORE")")
  dotnet build samples/TwoLayerNet -nodeReuse:false -tl:off -v:q > /dev/null   # back to the current version
fi

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
</Project>
PROJECT
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -v:q -o "$work/hello/out" > /dev/null
commands+=(-n "hello world (process floor)" "dotnet exec $work/hello/out/hello.dll")

hyperfine -N --warmup 3 --runs "${RUNS:-20}" --prepare "rm -f $work/current/events.jsonl $work/before/events.jsonl" \
  --export-markdown artifacts/runner-cost.md "${commands[@]}"
