using GradGate.Engine.Findings;

namespace GradGate.Engine.Judging;

/// <summary>
/// One block of a gradient as the judges see it: the analytic values (copied out of the target) and,
/// once estimated, the numeric values with their noise floor, all flat and indexed alike.
/// </summary>
internal sealed class GradientBlock
{
    private double? _analyticNorm;
    private int[]? _coordinates;

    public GradientBlock(string name, string subject, IReadOnlyList<int> shape, CoordinateNaming naming, double[] analytic, string producer)
    {
        Name = name;
        Subject = subject;
        Shape = shape.ToArray();
        Naming = naming;
        Analytic = analytic;
        Producer = producer;
        Numeric = new CoordinateValues(analytic.Length);
        NoiseFloor = new CoordinateValues(analytic.Length);
        OuterMean = new CoordinateValues(analytic.Length);
    }

    /// <summary>The parameter or input name, such as <c>W1</c>.</summary>
    public string Name { get; }

    /// <summary>How a message starts when it is about this block, such as <c>Gradient of W1</c>.</summary>
    public string Subject { get; }

    public int[] Shape { get; }

    public CoordinateNaming Naming { get; }

    public double[] Analytic { get; }

    /// <summary><c>||g||</c> over every coordinate of <see cref="Analytic"/>, which does not change once the block exists.</summary>
    public double AnalyticNorm => _analyticNorm ??= Math.Sqrt(Analytic.Sum(value => value * value));

    /// <summary>What computed the analytic values, for "check ..." advice: <c>the backward pass that computes dW1</c>.</summary>
    public string Producer { get; }

    public CoordinateValues Numeric { get; }

    /// <summary>The rounding noise each numeric value may carry (see <see cref="Numerics.CentralDifference"/>).</summary>
    public CoordinateValues NoiseFloor { get; }

    /// <summary><c>(S(x + h) + S(x - h)) / 2</c> per coordinate: with the value at the point it gives the curvature a kink would show.</summary>
    public CoordinateValues OuterMean { get; }

    /// <summary>
    /// The coordinates estimated and judged, ascending: all of them unless a mode samples fewer. Setting them makes room for
    /// their figures alone; the list of all of them is made only when asked for, since a block that passes on its
    /// directional derivatives never is.
    /// </summary>
    public int[] Coordinates
    {
        get => _coordinates ??= Enumerable.Range(0, Length).ToArray();
        set
        {
            _coordinates = value;
            Numeric.Cover(value);
            NoiseFloor.Cover(value);
            OuterMean.Cover(value);
        }
    }

    /// <summary>
    /// The standard deviation of the loss's rounding when every coordinate of the block moves together, once measured
    /// (<see cref="Numerics.LossNoiseProbe{T}"/>); null before, or when the measurement could not show it
    /// (<see cref="LossNoiseMeasured"/> tells which).
    /// </summary>
    public double? LossNoise { get; set; }

    public bool LossNoiseMeasured { get; set; }

    /// <summary>
    /// The step its coordinates are estimated at when GradGate took a larger one than the setting because the loss's
    /// rounding hid what the setting's step had to resolve (<see cref="Checks.NoiseLimitedCoordinates"/>); null otherwise.
    /// </summary>
    public double? AdaptedStep { get; set; }

    /// <summary>Coordinates whose step crossed a non-differentiable point, left out of the figures (GG0008).</summary>
    public List<Kink> Kinks { get; } = [];

    /// <summary>Coordinates where the step vanished in the element type, so nothing could be estimated.</summary>
    public int VanishedSteps { get; set; }

    public int Length => Analytic.Length;
}
