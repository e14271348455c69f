using System.Runtime.CompilerServices;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Compiles the checking engine on a spare processor while the main thread reads the request and loads the user's
/// assembly: it checks a small built-in loss (<c>sum(x^2)</c>, its gradient <c>2x</c>) whose result is thrown away, so
/// the engine's loss path, judges and result model are compiled by the time the first user check needs them. The
/// runner process is new on every build, so without this the first check pays for compiling the engine on its own.
/// </summary>
/// <remarks>
/// Touches no user code and no process-wide state (current directory, environment, cultures), writes nothing, and
/// never fails the runner: anything it throws is dropped, since the user checks compile whatever it did not.
/// </remarks>
internal static class EngineWarmUp
{
    /// <summary>Starts the warm-up on a background thread when the machine has a processor to spare for it.</summary>
    public static void Start()
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }

        new Thread(() => Run()) { IsBackground = true, Name = "GradGate engine warm-up" }.Start();
    }

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
