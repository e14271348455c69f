#!/usr/bin/env bash
# Issue 15, target 3: a full check in the real gate, cold, against the hand-written loop of the same evaluations, cold.
# Builds bench/ColdFullCheck (seed 002's network at 5,560 parameters as a [GradCheck(Mode = GradCheckMode.Full)] target,
# GradGate from artifacts/feed) once with the gate on, takes the command line the gate logged for its runner and the
# request it wrote, and times in ONE hyperfine invocation, each run a new process:
#   (a) the gate's runner for that check, launched exactly as the gate launches it (dotnet exec with the project's
#       deps.json and runtimeconfig, the package folder as probing path, the variables the gate adds (the 4096 MB heap
#       cap, the tiering delay), the output folder as working directory), its events going to a file deleted before
#       every run;
#   (b) `dotnet ColdFullCheck.dll loop`: the same 2n+1 loss evaluations in a plain loop;
#   (c) `dotnet ColdFullCheck.dll check`: the same check through GradGate's public in-process API (GradChecker), in a
#       plain process: what the engine costs cold without the runner's process around it;
#   (d) the runner of (a) with the runtime's own tiering delay (100 ms) where the gate sets 16 ms.
# Each command runs at every allocation offset in OFFSETS (default 0,8,...,56 bytes allocated before the network is
# built; bench/ColdFullCheck/AllocationOffset.cs), the four in turn at each, RUNS times per offset (default 2): where the
# network's arrays fall on cache lines moves the loss's speed by up to 10% from one process to the next, so the table
# compares means over every placement. The mean user CPU times are in the table: on a shared machine they move less with
# the load than the wall-clock times. Then each runs RUNS_SELF (default 3) times more, alternating, to print the check's
# own durationSeconds (from its result event, and from the in-process check) beside the loop's self-timed figure. Run it
# on an otherwise idle machine, after `dotnet run --project samples/Showcase` has packed GradGate into artifacts/feed;
# the table goes to artifacts/cold-full-check.md.
# STANDBY_RUNS (default 8) then times, alternating with the loop's whole process, the runner as a build after an edit
# uses it (GradGateStartRunnerEarly): started with --standby, left 2.5 s as the compiler would, then sent the request;
# timed from the request to its exit, which is what such a build waits for.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (Debian: apt-get install hyperfine)." >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed to read the runner's events (Debian: apt-get install python3)." >&2; exit 1; }
[ -f artifacts/gradgate-version.props ] || { echo "artifacts/feed is missing: run 'dotnet run --project samples/Showcase' first, which packs GradGate." >&2; exit 1; }

project=bench/ColdFullCheck
output=$project/bin/Release/net10.0
scratch=$(pwd)/artifacts/cold-full-check
mkdir -p "$scratch"
dotnet build "$project" -c Release --no-incremental -nodeReuse:false -tl:off -v:d > "$scratch/build.log" \
  || { grep -E 'error|GG0' "$scratch/build.log" >&2; exit 1; }
grep -E 'GradGate: [0-9]+ check' "$scratch/build.log" | tail -1 | sed 's/^ *//'
python3 - "$project/obj/Release/net10.0/gradgate/results.json" <<'EOF'
import json, sys
run = json.load(open(sys.argv[1]))
for check in run["checks"]:
    print(f"in the build: {check['id']} {check['verdict']}, relative error {check['relativeError']:.2e}, "
          f"{check['evaluations']} evaluations, durationSeconds {check['durationSeconds']:.3f} (the run {run['durationSeconds']:.3f})")
EOF

# The runner's command line as the gate logged it ("GradGate: running 1 check in "<host>" <arguments>"), with the
# request copied so that its events go to a scratch file and the build's own files stay as they are.
launch=$(grep -E 'GradGate: running [0-9]+ checks? in ' "$scratch/build.log" | tail -1 | sed -E 's/^.*GradGate: running [0-9]+ checks? in "([^"]+)" /\1 /')
request=$(sed -E 's/^.* --request ([^ ]+)$/\1/' <<< "$launch")
events=$scratch/events.jsonl
python3 - "$request" "$scratch/request.json" "$events" <<'EOF'
import json, sys
request = json.load(open(sys.argv[1]))
request["eventsPath"] = sys.argv[3]
json.dump(request, open(sys.argv[2], "w"), indent=2)
EOF
# The variables the gate adds for its runner (the heap cap, the tiering delay), from its next line in the log.
environment=$(grep -E "GradGate: the runner's environment adds " "$scratch/build.log" | tail -1 | sed -E "s/^.*GradGate: the runner's environment adds //")
runner="env $environment ${launch% --request *} --request $scratch/request.json"
# The same runner with the runtime's own tiering delay (100 ms), for the gate's variable of 16 ms (RunnerTiering.cs).
runner_default_delay="env $(sed -E 's/ ?DOTNET_TC_CallCountingDelayMs=[^ ]*//' <<< "$environment") ${launch% --request *} --request $scratch/request.json"
offset_variable=COLD_FULL_CHECK_OFFSET
loop="dotnet $(pwd)/$output/ColdFullCheck.dll loop"
check="dotnet $(pwd)/$output/ColdFullCheck.dll check"
echo "runner: $runner"
echo "loop:   $loop"
echo "check:  $check"

cd "$output"
# Every command at every offset (bench/ColdFullCheck/AllocationOffset.cs: where the network's arrays fall on cache lines
# moves the loss's speed by up to 10% from one process to the next), the commands in turn at each offset.
offsets=${OFFSETS:-0,8,16,24,32,40,48,56}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 1 --runs "${RUNS:-2}" --export-json "$scratch/hyperfine.json" --prepare "rm -f $events" -L offset "$offsets" \
  "env $offset_variable={offset} $runner" "env $offset_variable={offset} $loop" "env $offset_variable={offset} $check" \
  "env $offset_variable={offset} $runner_default_delay" > "$scratch/hyperfine.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$scratch/hyperfine.json" "$scratch/../cold-full-check.md" <<'EOF'
import json, statistics, sys
names = ["gate's runner, full check (cold)", "hand-written loop (cold)", "in-process check, no runner (cold)",
         "gate's runner, the runtime's own tiering delay (cold)"]
results = json.load(open(sys.argv[1]))["results"]
times = {name: [] for name in names}
users = {name: [] for name in names}
by_offset = {name: {} for name in names}
for index, result in enumerate(results):  # hyperfine runs the commands in turn at each offset
    name = names[index % len(names)]
    times[name] += result["times"]
    users[name].append(result["user"])
    by_offset[name][result["parameters"]["offset"]] = result["mean"]
loop = statistics.mean(times[names[1]])
lines = ["| Command | Mean [s] | Min [s] | Max [s] | Relative | User CPU (mean) [s] | Runs |", "|:---|---:|---:|---:|---:|---:|---:|"]
for name in names:
    mean = statistics.mean(times[name])
    lines.append(f"| {name} | {mean:.3f} ± {statistics.stdev(times[name]):.3f} | {min(times[name]):.3f} | {max(times[name]):.3f} "
                 f"| {mean / loop:.2f} | {statistics.mean(users[name]):.3f} | {len(times[name])} |")
offsets = list(by_offset[names[0]])
lines += ["", "Means by offset (bytes allocated before the network is built):", "",
          "| Command | " + " | ".join(offsets) + " |", "|:---|" + "---:|" * len(offsets)]
lines += [f"| {name} | " + " | ".join(f"{by_offset[name][offset]:.3f}" for offset in offsets) + " |" for name in names]
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
EOF

IFS=, read -r -a offset_list <<< "$offsets"
for ((i = 1; i <= ${RUNS_SELF:-3}; i++)); do
  export "$offset_variable=${offset_list[$(((i - 1) % ${#offset_list[@]}))]}"
  echo "offset ${!offset_variable}:"
  rm -f "$events"
  $runner > /dev/null
  python3 - "$events" <<'EOF'
import json, sys
for line in open(sys.argv[1]):
    event = json.loads(line)
    if event.get("event") == "result":
        result = event["result"]
        print(f"runner: {result['verdict']}, relative error {result['relativeError']:.2e}, {result['evaluations']} evaluations, "
              f"durationSeconds {result['durationSeconds']:.3f}")
EOF
  $loop
  $check
done
unset "$offset_variable"

# The runner started early, as a build after an edit uses it, against the loop's whole cold process, alternating.
standby="${runner% --request *} --standby"
python3 - "$standby" "$loop" "$scratch/request.json" "$events" "${STANDBY_RUNS:-8}" "$offset_variable" "$offsets" <<'EOF'
import os, shlex, statistics, subprocess, sys, time
standby, loop, request, events, runs = shlex.split(sys.argv[1]), shlex.split(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
variable, offsets = sys.argv[6], sys.argv[7].split(",")
after_request, loops = [], []
for run in range(runs):
    os.environ[variable] = offsets[run % len(offsets)]
    if os.path.exists(events):
        os.remove(events)
    runner = subprocess.Popen(standby, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    start = time.perf_counter()
    runner.stdin.write((request + "\n").encode())
    runner.stdin.close()
    runner.wait()
    after_request.append(time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run(loop, stdout=subprocess.DEVNULL, check=True)
    loops.append(time.perf_counter() - start)
def show(values):
    return f"{statistics.mean(values):.3f} +- {statistics.stdev(values):.3f} s (" + ", ".join(f"{value:.3f}" for value in values) + ")"
print(f"runner started early, request to exit: {show(after_request)}")
print(f"hand-written loop, whole process:      {show(loops)}")
print(f"ratio of the means: {statistics.mean(after_request) / statistics.mean(loops):.3f}")
EOF
