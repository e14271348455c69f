namespace GradGate;

/// <summary>
/// Gradient health at run time, usable outside the gate (for instance after each training step):
/// gradients are healthy when every value is finite and at least one is not zero.
/// </summary>
public static class GradientHealth
{
    /// <summary>True when every gradient is finite and not all are zero; an empty sequence is not healthy.</summary>
    public static bool AreOk(IEnumerable<double> gradients) => Inspect(gradients).IsHealthy;

    /// <inheritdoc cref="AreOk(IEnumerable{double})"/>
    public static bool AreOk(IEnumerable<float> gradients) => Inspect(gradients).IsHealthy;

    /// <summary>Counts what makes gradients unhealthy: NaN, infinities and zeros, with the first bad index.</summary>
    public static GradientHealthReport Inspect(IEnumerable<double> gradients)
    {
        if (gradients is null)
        {
            throw new ArgumentNullException(nameof(gradients));
        }

        var tally = new HealthTally();
        foreach (var value in gradients)
        {
            tally.Add(value);
        }

        return tally.ToReport();
    }

    /// <inheritdoc cref="Inspect(IEnumerable{double})"/>
    public static GradientHealthReport Inspect(IEnumerable<float> gradients)
    {
        if (gradients is null)
        {
            throw new ArgumentNullException(nameof(gradients));
        }

        var tally = new HealthTally();
        foreach (var value in gradients)
        {
            tally.Add(value);
        }

        return tally.ToReport();
    }

    private struct HealthTally
    {
        private int _count;
        private int _nan;
        private int _positiveInfinity;
        private int _negativeInfinity;
        private int _zero;
        private int _firstNonFinite;

        public void Add(double value)
        {
            if (_count == 0)
            {
                _firstNonFinite = -1;
            }

            if (double.IsNaN(value))
            {
                _nan++;
            }
            else if (double.IsPositiveInfinity(value))
            {
                _positiveInfinity++;
            }
            else if (double.IsNegativeInfinity(value))
            {
                _negativeInfinity++;
            }
            else if (value == 0)
            {
                _zero++;
            }

            if (_firstNonFinite < 0 && (double.IsNaN(value) || double.IsInfinity(value)))
            {
                _firstNonFinite = _count;
            }

            _count++;
        }

        public readonly GradientHealthReport ToReport()
            => new(_count, _nan, _positiveInfinity, _negativeInfinity, _zero, _count == 0 ? -1 : _firstNonFinite);
    }
}
