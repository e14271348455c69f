namespace GradGate.Gate.Running;

/// <summary>
/// The runner's tiering delay: how long its runtime waits after the last method it compiled for the first time before it
/// starts counting calls to find the hot methods and compile them again, optimised (the runtime's
/// <c>TC_CallCountingDelayMs</c>, 100 ms by default). The runner gets 16 ms, unless the build's own environment sets the
/// delay, which the runner then inherits.
/// </summary>
/// <remarks>
/// A check compiles new methods as it goes (the gradient closure, the coordinate loop, the judge), and each one restarts
/// the runtime's wait, so the user's loss stays in its quickly compiled first form for longer than in a plain program.
/// On issue 15's full check of 5,560 parameters the first fifty loss evaluations took 0.27 s in the runner against
/// 0.20 s in a hand-written loop, and every later thousand the same 0.11 s in both. Measured on the 2-core machine of
/// bench/RESULTS.md: 16 ms takes 0.17 s off that check (1.58 against 1.75 s, five alternating runs of each) and leaves
/// the runner of eight small checks as it was (201 against 203 ms); 2 ms and below make the small checks' runner slower
/// (210 ms at 2, 338 ms at 0, where the runtime optimises much of its own start-up code again).
/// <para>
/// The runtime reads the variable in hexadecimal, as it reads <c>DOTNET_GCHeapHardLimit</c>: the runner gets <c>0x10</c>.
/// </para>
/// </remarks>
internal static class RunnerTiering
{
    /// <summary>The delay the runner gets, in milliseconds.</summary>
    public const int CallCountingDelayMs = 16;

    /// <summary>The runtime's variable for the delay, which it reads in hexadecimal.</summary>
    public const string Variable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>The same setting under the runtime's older prefix, which it still reads.</summary>
    private const string LegacyVariable = "COMPlus_TC_CallCountingDelayMs";

    /// <summary>
    /// The delay to give the runner: null where <paramref name="environment"/> (the build's variables) already sets one,
    /// under either prefix, so that a developer's own choice reaches the runner unchanged.
    /// </summary>
    public static int? DelayFor(Func<string, string?> environment)
        => environment(Variable) is null && environment(LegacyVariable) is null ? CallCountingDelayMs : null;
}
