namespace GradGate.IntegrationTests;

/// <summary>The C# of the projects that the reliability tests interrupt, build side by side, reconfigure and leave things behind in.</summary>
internal static class ReliabilitySources
{
    /// <summary>The target every check below builds on, appended to each source: <c>sum(x^2)</c>, its gradient <c>2x</c> times a factor.</summary>
    private const string SquareLoss = """
        internal static class SquareLoss
        {
            /// <summary><c>sum(x^2)</c> over <c>x = [1, 2]</c>: a gradient factor of 2 is right, 3 is the bug; the loss can be made slow.</summary>
            public static GradCheckTarget Of(double gradientFactor = 2, int sleepMilliseconds = 0)
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => { Thread.Sleep(sleepMilliseconds); return x.Sum(v => v * v); },
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => gradientFactor * v).ToArray() });
            }
        }
        """;

    /// <summary>The file <see cref="SlowAndWrong"/>'s slow check writes in the output folder when it starts.</summary>
    public const string SlowCheckStarted = "slow-check-started.txt";

    /// <summary>
    /// A slow correct check (a few seconds, so a build can be interrupted while it runs, and two builds overlap) and a
    /// quick wrong one: the true verdict is one pass and one GG0001, whatever happened to an earlier build.
    /// </summary>
    public const string SlowAndWrong = """
        using GradGate;

        namespace UserChecks;

        public static class ReliabilityChecks
        {
            [GradCheck]
            public static GradCheckTarget Slow()
            {
                File.WriteAllText("slow-check-started.txt", "started");
                return SquareLoss.Of(gradientFactor: 2, sleepMilliseconds: 300);
            }

            [GradCheck]
            public static GradCheckTarget Wrong() => SquareLoss.Of(gradientFactor: 3);
        }

        """ + SquareLoss;

    /// <summary>Checks whose names a filter tells apart, one of them wrong.</summary>
    public const string AlphaAndBeta = """
        using GradGate;

        namespace UserChecks;

        public static class GreekChecks
        {
            [GradCheck]
            public static GradCheckTarget AlphaSquare() => SquareLoss.Of(gradientFactor: 2);

            [GradCheck]
            public static GradCheckTarget BetaWrong() => SquareLoss.Of(gradientFactor: 3);
        }

        """ + SquareLoss;

    /// <summary>How long the processes <see cref="MisbehavingProcesses"/> starts would sleep: unique to these tests.</summary>
    public const string OrphanSeconds = "9722";

    /// <summary>Correct checks that misbehave towards their process: read raw standard input, leave processes running, block the exit.</summary>
    public const string MisbehavingProcesses = """
        using System.Diagnostics;
        using GradGate;

        namespace UserChecks;

        public static class ProcessChecks
        {
            [GradCheck]
            public static GradCheckTarget ReadsRawStandardInput()
            {
                using var input = Console.OpenStandardInput();
                _ = input.Read(new byte[16], 0, 16);
                return SquareLoss.Of();
            }

            [GradCheck]
            public static GradCheckTarget LeavesProcessesRunning()
            {
                Process.Start(new ProcessStartInfo("sleep", "9722") { UseShellExecute = false });
                Process.Start(new ProcessStartInfo("setsid", ["sleep", "9722"]) { UseShellExecute = false });
                return SquareLoss.Of();
            }

            [GradCheck]
            public static GradCheckTarget BlocksProcessExit()
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Thread.Sleep(Timeout.Infinite);
                return SquareLoss.Of();
            }
        }

        """ + SquareLoss;

    /// <summary>Two checks of one class that share a name, a name that is another check's id, and a family that throws after two members.</summary>
    public const string NamingFaults = """
        using GradGate;

        namespace UserChecks;

        public static class NamingChecks
        {
            [GradCheck(Name = "Same")]
            public static GradCheckTarget First() => SquareLoss.Of();

            [GradCheck(Name = "Same")]
            public static GradCheckTarget Second() => SquareLoss.Of();

            [GradCheck(Name = "UserChecks.NamingChecks.Distinct")]
            public static GradCheckTarget Alias() => SquareLoss.Of();

            [GradCheck]
            public static GradCheckTarget Distinct() => SquareLoss.Of();

            [GradCheck]
            public static IEnumerable<GradCheckTarget> ThreeSizes()
            {
                yield return SquareLoss.Of().Named("one");
                yield return SquareLoss.Of().Named("two");
                throw new InvalidOperationException("the third size is missing");
            }
        }

        """ + SquareLoss;
}
