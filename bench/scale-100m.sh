#!/usr/bin/env bash
# Issue 15, target 5: a 100-million-parameter fast check within the runner's default memory cap (GradGateMemoryLimit
# 4096 MB, i.e. DOTNET_GCHeapHardLimit=0x100000000), with its time and peak memory. Runs the scale probe (ScaleRun,
# bench/README.md) once per sum given in SUMS (default "tensor loop"), correct gradient, under /usr/bin/time -v, and
# prints the probe's verdict line and the peak resident set size. Run it on an otherwise idle machine with at least
# 4 GB of memory free; the output goes to artifacts/scale-100m.txt too.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (Debian: apt-get install time)." >&2; exit 1; }
dotnet build bench/GradGate.Benchmarks -c Release -nodeReuse:false -tl:off -v:q > /dev/null
mkdir -p artifacts
for sum in ${SUMS:-tensor loop}; do
  echo "== 100,000,000 weights, $sum sum; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  DOTNET_GCHeapHardLimit=0x100000000 /usr/bin/time -v \
    dotnet bench/GradGate.Benchmarks/bin/Release/net10.0/GradGate.Benchmarks.dll scale 100000000 "$sum" 2>&1 \
    | grep -E 'coordinates,|^  [wb]: |peak working set|GG[0-9]{4}|Out of memory|Elapsed \(wall|Maximum resident|Exit status'
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done 2>&1 | tee artifacts/scale-100m.txt
