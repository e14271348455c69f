namespace GradGate.IntegrationTests;

/// <summary>The C# of the fault suite's throwaway projects: one check per fault, beside a healthy check that must still pass.</summary>
internal static class FaultSources
{
    /// <summary>Text with XML and JSON specials, non-ASCII letters, an emoji and control characters (an ANSI colour code among them).</summary>
    public const string HostileText = "<loss> & \\\"quoted\\\" ]]> {0} Ünïcödé 日本語 🧪 \\u0001\\u001b[31mred\\u001b[0m\\t|";

    /// <summary>Checks that each hit one fault of a target's making, in one assembly.</summary>
    public const string TargetFaults = $$"""
        using System.Globalization;
        using GradGate;

        namespace UserChecks;

        public static class TargetFaults
        {
            [GradCheck]
            public static GradCheckTarget ReturnsNull() => null!;

            [GradCheck]
            public static GradCheckTarget ExitsTheProcess()
            {
                Environment.Exit(7);
                return null!;
            }

            [GradCheck]
            public static GradCheckTarget OverflowsTheStack() => Recurse(0);

            private static GradCheckTarget Recurse(int depth) => depth < 0 ? null! : Recurse(depth + 1);

            [GradCheck]
            public static GradCheckTarget AllocatesWithoutBound()
            {
                var hoard = new List<double[]>();
                while (true)
                {
                    hoard.Add(new double[1 << 20]);
                    hoard[^1][0] = hoard.Count;
                }
            }

            [GradCheck]
            public static GradCheckTarget FloodsTheConsole()
            {
                for (var i = 0; i < 20000; i++)
                {
                    Console.Out.WriteLine($"stdout line {i} of a chatty target");
                    Console.Error.WriteLine($"stderr line {i} of a chatty target");
                }

                return Cube();
            }

            [GradCheck]
            public static GradCheckTarget ReadsStandardInput()
                => Console.ReadLine() is null && Console.In.Read() == -1 ? Cube() : throw new InvalidOperationException("read input from the build");

            [GradCheck]
            public static GradCheckTarget ChangesProcessState()
            {
                Directory.SetCurrentDirectory(Path.GetTempPath());
                Environment.SetEnvironmentVariable("DOTNET_gcServer", "1");
                Environment.SetEnvironmentVariable("GRADGATE_SEEN", "yes");
                CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("de-DE");
                return Cube();
            }

            [GradCheck]
            public static GradCheckTarget NaNLoss()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => double.NaN,
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [1.0, 1.0] });
            }

            [GradCheck]
            public static GradCheckTarget InfiniteGradient()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x[0] * x[1],
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [double.PositiveInfinity, x[0]] });
            }

            [GradCheck]
            public static GradCheckTarget WrongLengthGradient()
            {
                double[] x = [1.0, 2.0, 3.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [1.0, 1.0] });
            }

            [GradCheck]
            public static GradCheckTarget MissingParameterName()
            {
                double[] w = [1.0, 2.0];
                double[] b = [0.5];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "w", w }, { "b", b } },
                    loss: () => w.Sum() + b[0],
                    gradients: () => new Dictionary<string, double[]> { ["w"] = [1.0, 1.0] });
            }

            [GradCheck]
            public static GradCheckTarget DuplicateParameterName()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x }, { "x", x } },
                    loss: () => x.Sum(),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [1.0, 1.0] });
            }

            [GradCheck]
            public static GradCheckTarget NoParameters()
                => GradCheckTarget.Loss(
                    new NamedArrays<double>(),
                    loss: () => 1.0,
                    gradients: () => new Dictionary<string, double[]>());

            [GradCheck]
            public static GradCheckTarget NondeterministicLoss()
            {
                double[] x = [1.0, 2.0];
                var random = new Random();
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x[0] * x[1] + random.NextDouble(),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [x[1], x[0]] });
            }

            [GradCheck]
            public static GradCheckTarget MutatingLoss()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => { x[0] += 0.5; return x[0] * x[1]; },
                    gradients: () => new Dictionary<string, double[]> { ["x"] = [x[1], x[0]] });
            }

            [GradCheck(Name = "{{HostileText}}")]
            public static GradCheckTarget HostileNameThrows()
                => throw new InvalidOperationException("{{HostileText}}\r\nsecond line");

            [GradCheck]
            public static GradCheckTarget HostileBlockName()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "{{HostileText}}", x } },
                    loss: () => x[0] * x[1],
                    gradients: () => new Dictionary<string, double[]> { ["{{HostileText}}"] = [2 * x[1], x[0]] });
            }

            [GradCheck(Name = "../../../escaped/Healthy")]
            public static GradCheckTarget Healthy() => Cube();

            private static GradCheckTarget Cube()
            {
                double[] x = [1.5, -2.0, 0.25];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 3 * v * v).ToArray() });
            }
        }
        """;

    /// <summary>What the heap-exhaustion projects' checks are made of, in a file of its own beside each project's checks.</summary>
    public const string HeapTargets = """
        using GradGate;

        namespace UserChecks;

        internal static class HeapTargets
        {
            /// <summary>Allocates 8 MB arrays and keeps them all until the heap runs out.</summary>
            public static GradCheckTarget ExhaustTheHeap()
            {
                var hoard = new List<double[]>();
                while (true)
                {
                    hoard.Add(new double[1 << 20]);
                    hoard[^1][0] = hoard.Count;
                }
            }

            public static GradCheckTarget Cube()
            {
                double[] x = [1.5, -2.0, 0.25];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 3 * v * v).ToArray() });
            }
        }
        """;

    /// <summary>
    /// A check that exhausts the capped heap after a healthy one has run the engine, and healthy checks after it: a runtime
    /// that went on running checks after the exhaustion was seen to die of SIGSEGV in one of the later ones.
    /// </summary>
    public const string HeapExhaustion = """
        using GradGate;
        using static UserChecks.HeapTargets;

        namespace UserChecks;

        public static class HeapExhaustion
        {
            [GradCheck]
            public static GradCheckTarget A_HealthyBefore() => Cube();

            [GradCheck]
            public static GradCheckTarget B_AllocatesWithoutBound() => ExhaustTheHeap();

            [GradCheck]
            public static GradCheckTarget C_FloodsTheConsole()
            {
                for (var i = 0; i < 20000; i++)
                {
                    Console.Out.WriteLine($"stdout line {i} of a chatty target");
                    Console.Error.WriteLine($"stderr line {i} of a chatty target");
                }

                return Cube();
            }

            [GradCheck]
            public static GradCheckTarget D_HealthyAfter() => Cube();

            [GradCheck]
            public static IEnumerable<GradCheckTarget> E_HealthyFamilyAfter() => Enumerable.Range(1, 8).Select(_ => Cube());
        }
        """;

    /// <summary>
    /// A check that exhausts the capped heap beside a healthy one whose work allocates in large steps: run side by side,
    /// the healthy one's allocation is the first to fail, though it did nothing wrong.
    /// </summary>
    public const string SharedHeap = """
        using GradGate;
        using static UserChecks.HeapTargets;

        namespace UserChecks;

        public static class SharedHeap
        {
            [GradCheck]
            public static GradCheckTarget A_AllocatesWithoutBound() => ExhaustTheHeap();

            [GradCheck]
            public static GradCheckTarget B_AllocatesInLargeSteps()
            {
                double[] workspace = [];
                for (var step = 0; step < 400; step++)
                {
                    workspace = new double[4 << 20];
                    workspace[step] = step;
                    Thread.Sleep(2);
                }

                GC.KeepAlive(workspace);
                return Cube();
            }

            [GradCheck]
            public static GradCheckTarget C_Healthy() => Cube();

            [GradCheck]
            public static GradCheckTarget D_Healthy() => Cube();
        }
        """;
}
