#!/usr/bin/env bash
# Issue 15, target 4: the gate's time per check and its report writers as a project grows to 1,000 checks.
# Generates, into artifacts/many-checks/N<n>/ (not committed), a user project with N small [GradCheck] targets
# (quadratic and sin-product losses, a log-sum-exp loss, tanh and softplus operators: closed forms with known
# gradients, each with its own seed), restores and builds it once, then rebuilds it with --no-incremental (the checks
# run again) writing all five report formats, and records RunGradientChecks' and ReportGradientChecks' task times
# (-clp:PerformanceSummary), the run's and the checks' own durationSeconds from results.json, and each report's size.
# Every 50th check is skipped by its attribute (a GG0017 note), so SARIF has results too. Each project is rebuilt
# REPEATS times (default 3); the table gives the medians.
# Run it on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate into
# artifacts/feed. COUNTS (default "100 300 1000") sets the project sizes; the table goes to artifacts/many-checks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ -f artifacts/gradgate-version.props ] || { echo "artifacts/feed is missing: run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed to read results.json (Debian: apt-get install python3)." >&2; exit 1; }

generate() {
  local n=$1 dir=$2
  rm -rf "$dir"
  mkdir -p "$dir"
  # A user project of its own: none of the repository's Directory.Build.*, GradGate from the local feed.
  cat > "$dir/Directory.Build.props" <<EOF
<Project>
  <PropertyGroup>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <Import Project="$root/artifacts/gradgate-version.props" />
</Project>
EOF
  echo '<Project />' > "$dir/Directory.Build.targets"
  echo '<Project />' > "$dir/Directory.Packages.props"
  cat > "$dir/NuGet.Config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$root/artifacts/sample-packages" /></config>
  <packageSources>
    <clear />
    <add key="gradgate-local" value="$root/artifacts/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="gradgate-local"><package pattern="GradGate" /><package pattern="GradGate.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
  cat > "$dir/ManyChecks.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GradGate" Version="$(GradGateVersion)" PrivateAssets="all" />
  </ItemGroup>
</Project>
EOF
  cat > "$dir/SmallTargets.cs" <<'EOF'
using GradGate;

namespace ManyChecks;

/// <summary>Small targets with closed-form gradients, each drawn from its own seed.</summary>
internal static class SmallTargets
{
    /// <summary>0.5 * sum(a_k w_k^2): the gradient is a_k w_k.</summary>
    public static GradCheckTarget Quadratic(int seed)
    {
        var random = new Random(seed);
        var w = Values(random, 8);
        var a = Values(random, 8).Select(v => 1 + Math.Abs(v)).ToArray();
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w, 2, 4 } },
            () => w.Select((v, k) => 0.5 * a[k] * v * v).Sum(),
            () => new Dictionary<string, double[]> { ["w"] = w.Select((v, k) => a[k] * v).ToArray() });
    }

    /// <summary>sum(sin(x_k) y_k): d/dx = cos(x) y, d/dy = sin(x).</summary>
    public static GradCheckTarget SinProduct(int seed)
    {
        var random = new Random(seed);
        var x = Values(random, 6);
        var y = Values(random, 6);
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x }, { "y", y } },
            () => x.Select((v, k) => Math.Sin(v) * y[k]).Sum(),
            () => new Dictionary<string, double[]>
            {
                ["x"] = x.Select((v, k) => Math.Cos(v) * y[k]).ToArray(),
                ["y"] = x.Select(Math.Sin).ToArray(),
            });
    }

    /// <summary>log(sum(exp(z))): the gradient is softmax(z).</summary>
    public static GradCheckTarget LogSumExp(int seed)
    {
        var z = Values(new Random(seed), 10);
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "z", z } },
            () => Math.Log(z.Sum(Math.Exp)),
            () =>
            {
                var total = z.Sum(Math.Exp);
                return new Dictionary<string, double[]> { ["z"] = z.Select(v => Math.Exp(v) / total).ToArray() };
            });
    }

    /// <summary>tanh, element by element: the backward pass is upstream * (1 - tanh^2).</summary>
    public static GradCheckTarget Tanh(int seed)
        => GradCheckTarget.Operator(
            "x",
            Values(new Random(seed), 6),
            x => x.Select(Math.Tanh).ToArray(),
            (x, upstream) => x.Select((v, k) => upstream[k] * (1 - (Math.Tanh(v) * Math.Tanh(v)))).ToArray());

    /// <summary>softplus log(1 + exp(x)): the backward pass is upstream * sigmoid(x).</summary>
    public static GradCheckTarget Softplus(int seed)
        => GradCheckTarget.Operator(
            "x",
            Values(new Random(seed), 6),
            x => x.Select(v => Math.Log(1 + Math.Exp(v))).ToArray(),
            (x, upstream) => x.Select((v, k) => upstream[k] / (1 + Math.Exp(-v))).ToArray());

    private static double[] Values(Random random, int length)
        => Enumerable.Range(0, length).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
}
EOF
  # 25 checks per class, the five kinds in turn.
  local kinds=(Quadratic SinProduct LogSumExp Tanh Softplus) i file
  for ((i = 0; i < n; i++)); do
    file="$dir/Checks$((i / 25)).cs"
    if ((i % 25 == 0)); then
      printf 'using GradGate;\n\nnamespace ManyChecks;\n\npublic static class Checks%d\n{\n' $((i / 25)) > "$file"
    fi
    if ((i % 50 == 49)); then attribute='GradCheck(Skip = "kept for the report: a skipped check is a GG0017 note")'; else attribute=GradCheck; fi
    printf '    [%s]\n    public static GradCheckTarget Check%04d() => SmallTargets.%s(%d);\n\n' "$attribute" "$i" "${kinds[i % 5]}" "$i" >> "$file"
    if ((i % 25 == 24 || i == n - 1)); then
      printf '}\n' >> "$file"
    fi
  done
}

table=artifacts/many-checks.md
{
  echo "| Checks | RunGradientChecks | per check | runner (results.json) | checks' own time | ReportGradientChecks | per check | json | junit | markdown | sarif | html | verdicts |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$table"
build="dotnet build -c Release -nodeReuse:false -tl:off"
for n in ${COUNTS:-100 300 1000}; do
  dir=artifacts/many-checks/N$n
  generate "$n" "$dir"
  echo "== $n checks: restore and first build" >&2
  $build "$dir" -v:q > "$dir/first-build.log" || { cat "$dir/first-build.log"; exit 1; }
  for ((r = 1; r <= ${REPEATS:-3}; r++)); do
    echo "== $n checks: rebuild $r (load average before: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    $build "$dir" --no-incremental -v:m -clp:PerformanceSummary \
      '-p:GradGateReportFormats=json%3Bjunit%3Bmarkdown%3Bsarif%3Bhtml' > "$dir/rebuild-$r.log" || { cat "$dir/rebuild-$r.log"; exit 1; }
    cp "$dir/obj/Release/net10.0/gradgate/results.json" "$dir/results-$r.json"
    echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done
  python3 - "$n" "$dir" "${REPEATS:-3}" >> "$table" <<'EOF'
import json, os, re, statistics, sys
n, folder, repeats = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
def task(name, r):
    log = open(os.path.join(folder, f"rebuild-{r}.log")).read()
    summary = log[log.rindex("Task Performance Summary"):]
    return int(re.search(r"(\d+) ms\s+" + name + r"\s", summary).group(1)) / 1000
def median(values):
    return statistics.median(values)
runs = [json.load(open(os.path.join(folder, f"results-{r}.json"))) for r in range(1, repeats + 1)]
run = runs[-1]
checks = run["checks"]
own = median([sum(check["durationSeconds"] for check in each["checks"]) for each in runs])
verdicts = {}
for check in checks:
    verdicts[str(check["verdict"])] = verdicts.get(str(check["verdict"]), 0) + 1
reports = os.path.join(folder, "bin/Release/net10.0/gradgate")
def size(name):
    return f"{os.path.getsize(os.path.join(reports, name)) / 1024:,.0f} KB"
checking = median([task("RunGradientChecks", r) for r in range(1, repeats + 1)])
reporting = median([task("ReportGradientChecks", r) for r in range(1, repeats + 1)])
runner = median([each["durationSeconds"] for each in runs])
print(f"| {n:,} | {checking:.2f} s | {checking / n * 1000:.1f} ms | {runner:.2f} s | {own:.2f} s "
      f"| {reporting:.2f} s | {reporting / n * 1000:.2f} ms | {size('gradgate.json')} | {size('gradgate.junit.xml')} "
      f"| {size('gradgate.md')} | {size('gradgate.sarif')} | {size('gradgate.html')} "
      f"| {', '.join(f'{count} {verdict}' for verdict, count in sorted(verdicts.items()))} |")
EOF
done
cat "$table"
