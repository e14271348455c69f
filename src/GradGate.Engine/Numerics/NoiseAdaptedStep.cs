using GradGate.Results;

namespace GradGate.Engine.Numerics;

/// <summary>
/// How far GradGate enlarges the step of a finite difference whose rounding noise hides what it must resolve. The noise of
/// a difference quotient falls as one over the step, and its truncation, once Richardson extrapolation has removed the
/// <c>h^2</c> term, grows only as <c>h^4</c>: a step a thousand times the default costs far less accuracy than the rounding
/// it removes.
/// </summary>
internal static class NoiseAdaptedStep
{
    /// <summary>
    /// The largest step taken: where the <c>h^4</c> remainder of an extrapolated difference on a unit-scaled function is a
    /// thousandth of the error threshold, 1e-2 at float64's default threshold and 3.2e-2 at float32's; never below the
    /// step set.
    /// </summary>
    public static double Largest(CheckSettings settings) => Math.Max(settings.Epsilon, Math.Pow(settings.ErrorThreshold / 1000, 0.25));

    /// <summary>
    /// The step at which a noise of <paramref name="noise"/> at <paramref name="step"/> falls to <paramref name="target"/>,
    /// rounded up to two significant digits so that messages can state it; <paramref name="step"/> when it is there already.
    /// </summary>
    public static double Needed(double step, double noise, double target)
    {
        var needed = step * (noise / target);
        if (!(needed > step))
        {
            return step;
        }

        var unit = Math.Pow(10, Math.Floor(Math.Log10(needed)) - 1);
        return Math.Ceiling(needed / unit) * unit;
    }
}
