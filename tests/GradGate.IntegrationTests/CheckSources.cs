namespace GradGate.IntegrationTests;

/// <summary>The C# that the throwaway projects declare their check targets with.</summary>
internal static class CheckSources
{
    /// <summary>Seed 002's two-layer ReLU/softmax network; <paramref name="w1GradientFactor"/> 2.0 is the seed's bug.</summary>
    public static string TwoLayerNet(string w1GradientFactor) => $$"""
        namespace UserChecks;

        public sealed class TwoLayerNet
        {
            private const int N = 5, D = 4, H = 10, C = 3;
            private readonly double[] _x = new double[N * D];
            private readonly int[] _y = [0, 1, 2, 2, 1];

            public TwoLayerNet()
            {
                var random = new Random(0);
                for (var i = 0; i < W1.Length; i++) W1[i] = 0.1 * Gaussian(random);
                for (var i = 0; i < W2.Length; i++) W2[i] = 0.1 * Gaussian(random);
                for (var i = 0; i < _x.Length; i++) _x[i] = 10 * Gaussian(random);
            }

            public double[] W1 { get; } = new double[D * H];
            public double[] B1 { get; } = new double[H];
            public double[] W2 { get; } = new double[H * C];
            public double[] B2 { get; } = new double[C];

            public (double Loss, Dictionary<string, double[]> Gradients) LossAndGradients()
            {
                var hidden = new double[N * H];
                var scores = new double[N * C];
                for (var n = 0; n < N; n++)
                {
                    for (var h = 0; h < H; h++)
                    {
                        var sum = B1[h];
                        for (var d = 0; d < D; d++) sum += _x[n * D + d] * W1[d * H + h];
                        hidden[n * H + h] = Math.Max(0, sum);
                    }

                    for (var c = 0; c < C; c++)
                    {
                        var sum = B2[c];
                        for (var h = 0; h < H; h++) sum += hidden[n * H + h] * W2[h * C + c];
                        scores[n * C + c] = sum;
                    }
                }

                var loss = 0.0;
                var dScores = new double[N * C];
                for (var n = 0; n < N; n++)
                {
                    var max = double.NegativeInfinity;
                    for (var c = 0; c < C; c++) max = Math.Max(max, scores[n * C + c]);
                    var total = 0.0;
                    for (var c = 0; c < C; c++) total += Math.Exp(scores[n * C + c] - max);
                    for (var c = 0; c < C; c++)
                    {
                        var probability = Math.Exp(scores[n * C + c] - max) / total;
                        dScores[n * C + c] = (probability - (c == _y[n] ? 1 : 0)) / N;
                        if (c == _y[n]) loss -= Math.Log(probability) / N;
                    }
                }

                var dW1 = new double[D * H];
                var dB1 = new double[H];
                var dW2 = new double[H * C];
                var dB2 = new double[C];
                for (var n = 0; n < N; n++)
                {
                    for (var c = 0; c < C; c++)
                    {
                        dB2[c] += dScores[n * C + c];
                        for (var h = 0; h < H; h++) dW2[h * C + c] += hidden[n * H + h] * dScores[n * C + c];
                    }

                    for (var h = 0; h < H; h++)
                    {
                        if (hidden[n * H + h] <= 0) continue;
                        var dHidden = 0.0;
                        for (var c = 0; c < C; c++) dHidden += dScores[n * C + c] * W2[h * C + c];
                        dB1[h] += dHidden;
                        for (var d = 0; d < D; d++) dW1[d * H + h] += _x[n * D + d] * dHidden * {{w1GradientFactor}};
                    }
                }

                return (loss, new() { ["W1"] = dW1, ["b1"] = dB1, ["W2"] = dW2, ["b2"] = dB2 });
            }

            private static double Gaussian(Random random)
                => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }
        """;

    public const string TwoLayerNetCheck = """
        using GradGate;

        namespace UserChecks;

        public static class NetworkChecks
        {
            [GradCheck]
            public static GradCheckTarget TwoLayerNetGradients()
            {
                var net = new TwoLayerNet();
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "W1", net.W1, 4, 10 }, { "b1", net.B1 }, { "W2", net.W2, 10, 3 }, { "b2", net.B2 } },
                    loss: () => net.LossAndGradients().Loss,
                    gradients: () => net.LossAndGradients().Gradients);
            }
        }
        """;

    /// <summary>Two correct checks: a quadratic loss and the seed 002 sigmoid.</summary>
    public const string CorrectChecks = """
        using GradGate;

        namespace UserChecks;

        public static class CorrectChecks
        {
            [GradCheck]
            public static GradCheckTarget Quadratic()
            {
                double[] x = [1.5, -2.0, 0.25];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 3 * v * v).ToArray() });
            }

            [GradCheck]
            public static GradCheckTarget Sigmoid()
            {
                double[] x = [-1.2, -0.3, 0.0, 0.8, 2.1];
                return GradCheckTarget.Operator("x", x,
                    forward: v => v.Select(t => 1 / (1 + Math.Exp(-t))).ToArray(),
                    backward: (v, g) => v.Select((t, i) => { var s = 1 / (1 + Math.Exp(-t)); return s * (1 - s) * g[i]; }).ToArray());
            }
        }
        """;

    /// <summary>A correct check beside checks that throw, hang and kill the runner process.</summary>
    public const string FaultyChecks = """
        using GradGate;

        namespace UserChecks;

        public static class FaultyChecks
        {
            [GradCheck]
            public static GradCheckTarget Throws()
            {
                throw new InvalidOperationException("the model file is missing");
            }

            [GradCheck]
            public static GradCheckTarget Hangs()
            {
                Thread.Sleep(Timeout.Infinite);
                return null!;
            }

            [GradCheck]
            public static GradCheckTarget KillsTheProcess()
            {
                Environment.FailFast("a native library aborted");
                return null!;
            }

            [GradCheck]
            public static GradCheckTarget Healthy()
            {
                double[] x = [0.5, -1.5];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => Math.Exp(v)),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(Math.Exp).ToArray() });
            }
        }
        """;
}
