namespace GradGate.IntegrationTests;

/// <summary>The C# of the projects that the reliability tests interrupt, build side by side, reconfigure and leave things behind in.</summary>
internal static class ReliabilitySources
{
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
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => { Thread.Sleep(300); return x.Sum(v => v * v); },
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 2 * v).ToArray() });
            }

            [GradCheck]
            public static GradCheckTarget Wrong()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 3 * v).ToArray() });
            }
        }
        """;

    /// <summary>Checks whose names a filter tells apart, one of them wrong.</summary>
    public const string AlphaAndBeta = """
        using GradGate;

        namespace UserChecks;

        public static class GreekChecks
        {
            [GradCheck]
            public static GradCheckTarget AlphaSquare() => Square(2);

            [GradCheck]
            public static GradCheckTarget BetaWrong() => Square(3);

            private static GradCheckTarget Square(double factor)
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => factor * v).ToArray() });
            }
        }
        """;

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
                return Square();
            }

            [GradCheck]
            public static GradCheckTarget LeavesProcessesRunning()
            {
                Process.Start(new ProcessStartInfo("sleep", "9722") { UseShellExecute = false });
                Process.Start(new ProcessStartInfo("setsid", ["sleep", "9722"]) { UseShellExecute = false });
                return Square();
            }

            [GradCheck]
            public static GradCheckTarget BlocksProcessExit()
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Thread.Sleep(Timeout.Infinite);
                return Square();
            }

            private static GradCheckTarget Square()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 2 * v).ToArray() });
            }
        }
        """;

    /// <summary>Two checks of one class that share a name, a name that is another check's id, and a family that throws after two members.</summary>
    public const string NamingFaults = """
        using GradGate;

        namespace UserChecks;

        public static class NamingChecks
        {
            [GradCheck(Name = "Same")]
            public static GradCheckTarget First() => Square();

            [GradCheck(Name = "Same")]
            public static GradCheckTarget Second() => Square();

            [GradCheck(Name = "UserChecks.NamingChecks.Distinct")]
            public static GradCheckTarget Alias() => Square();

            [GradCheck]
            public static GradCheckTarget Distinct() => Square();

            [GradCheck]
            public static IEnumerable<GradCheckTarget> ThreeSizes()
            {
                yield return Square().Named("one");
                yield return Square().Named("two");
                throw new InvalidOperationException("the third size is missing");
            }

            private static GradCheckTarget Square()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 2 * v).ToArray() });
            }
        }
        """;
}
