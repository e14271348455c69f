using System.Runtime.CompilerServices;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Compiles the checking engine on a spare processor while the main thread reads the request and loads the user's
/// assembly: it checks a small built-in loss (<c>sum(x^2)</c>, its gradient <c>2x</c>) whose result is thrown away, so
/// the engine's loss path, judges and result model are compiled by the time the first user check needs them. The
/// runner process is new on every build, so without this the first check pays for compiling the engine alone.
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

    /// <summary>Starts the warm-up on a background thread when the machine has a processor to spare for it.</summary>
    public static EngineWarmUp Start()
    {
        if (Environment.ProcessorCount < 2)
        {
            return new EngineWarmUp(null);
        }

        var thread = new Thread(() => Run()) { IsBackground = true, Name = "GradGate engine warm-up" };
        thread.Start();
        return new EngineWarmUp(thread);
    }

    /// <summary>Whether the warm-up's thread is still running.</summary>
    public bool IsRunning => _thread?.IsAlive ?? false;

    /// <summary>Waits until the warm-up has ended (or never started); false only if it outlived <see cref="LongestWait"/>.</summary>
    public bool Finish() => _thread?.Join(LongestWait) ?? true;

    /// <summary>The warm-up's own check, whose result the runner throws away; null if it threw. Not inlined, so that Start compiles without loading the engine on the main thread.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static CheckResult? Run()
    {
        try
        {
            var values = new[] { 0.5, -1.25, 2.0 };
            var target = GradCheckTarget.Loss(
                new NamedArrays<double> { { "x", values } },
                () => values[0] * values[0] + values[1] * values[1] + values[2] * values[2],
                () => new Dictionary<string, double[]> { ["x"] = [2 * values[0], 2 * values[1], 2 * values[2]] });
            return GradientChecker.Check(target, new CheckIdentity("warm-up", "warm-up", "GradGate", "WarmUp", null), new CheckOverrides());
        }
        catch (Exception)
        {
            // Only a warm-up: the user checks compile whatever it did not reach.
            return null;
        }
    }
}
