using System.Runtime.CompilerServices;
using GradGate.Checking;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Compiles the checking engine on a spare processor while the main thread reads the request and loads the user's
/// assembly: it runs built-in checks (<see cref="WarmUpTarget"/>: a loss, or one of each kind for a runner on standby,
/// which has the compiler's time to spend) the way a user check runs, from resolving the method to the JSON of its result
/// event, and throws the results away, so the procedure, the engine's paths, its judges and the result model are
/// compiled by the time the first user check needs them. The runner process is new on every build,
/// so without this the first check pays for compiling the engine alone.
/// </summary>
/// <remarks>
/// It never runs beside user code: <see cref="Finish"/> waits for it before the first check starts, since a check can
/// exhaust the heap or change process-wide state, and a type whose initializer failed on the warm-up's thread would stay
/// broken for every check after it. Waiting costs little: what the warm-up has left to compile is what the first check
/// would compile. It touches no process-wide state, writes nothing, and never fails the runner: anything it throws is
/// dropped, since the user checks compile whatever it did not.
/// </remarks>
internal sealed class EngineWarmUp
{
    /// <summary>Far beyond a warm-up on a loaded machine (a fraction of a second): past it, the checks start anyway.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly Thread? _thread;

    private EngineWarmUp(Thread? thread) => _thread = thread;

    /// <summary>
    /// Starts the warm-up on a background thread when the machine has a processor to spare for it, or the runner has time
    /// to spare (on standby, waiting for the build to compile the checks).
    /// </summary>
    public static EngineWarmUp Start(bool hasTimeToSpare = false)
    {
        if (Environment.ProcessorCount < 2 && !hasTimeToSpare)
        {
            return new EngineWarmUp(null);
        }

        string[] checks = hasTimeToSpare ? WarmUpTarget.Standby : [nameof(WarmUpTarget.SumOfSquares)];
        var thread = new Thread(() =>
        {
            foreach (var check in checks)
            {
                Run(check);
            }
        })
        {
            IsBackground = true,
            Name = "GradGate engine warm-up",
        };
        thread.Start();
        return new EngineWarmUp(thread);
    }

    /// <summary>Whether the warm-up's thread is still running.</summary>
    public bool IsRunning => _thread?.IsAlive ?? false;

    /// <summary>Waits until the warm-up has ended (or never started); false only if it outlived <see cref="LongestWait"/>.</summary>
    public bool Finish() => _thread?.Join(LongestWait) ?? true;

    /// <summary>
    /// One of the warm-up's own checks (a method of <see cref="WarmUpTarget"/>), run as a user check is (resolved, invoked
    /// and judged by <see cref="CheckProcedure"/>, its result written as an event, to nowhere), whose result the runner
    /// throws away; null if it threw. Not inlined, so that Start compiles without loading the engine on the main thread.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static CheckResult? Run(string methodName = nameof(WarmUpTarget.SumOfSquares))
    {
        try
        {
            CheckResult? judged = null;
            var request = new CheckRequest
            {
                Id = "GradGate.WarmUp",
                TypeName = typeof(WarmUpTarget).FullName!,
                MethodName = methodName,
            };
            new CheckProcedure(typeof(WarmUpTarget).Assembly, new RunDefaults(), result =>
            {
                judged = result;
                _ = ResultJson.Serialize(new RunnerEvent { Event = RunnerEvent.Finished, CheckId = request.Id, Result = result }, indented: false);
            }).Run(request);
            return judged;
        }
        catch (Exception)
        {
            // Only a warm-up: the user checks compile whatever it did not reach.
            return null;
        }
    }
}
