using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace GradGate.Engine.Exact;

/// <summary>
/// A dual number over double for GradGate's exact reference: a value and its derivative along one tangent, each with a
/// running bound on the rounding error that computing it in floating point carries (in units of the unit roundoff <c>u</c>:
/// the computation's error is about <c>u</c> times the bound, whatever its precision). A generic function evaluated with it
/// returns its directional derivative with no step, no truncation error and no cancellation of function values, and says how
/// much rounding alone can move that derivative, which is the tolerance the analytic gradient is judged at.
/// </summary>
/// <remarks>
/// Every elementary operation adds one rounding of its result, <c>|result|</c>, and propagates the bounds of its operands
/// to first order: through <c>f'(x)</c> for the value, and through <c>f'(x)</c> and <c>f''(x) dx</c> for the derivative (the
/// running error analysis of Wilkinson and Higham). A bound is a sum of absolute values, so it is pessimistic, never
/// cancelling: it grows where the function cancels (a difference of nearly equal products), which is exactly where a
/// correct gradient computed another way differs from the reference by more than <c>u |g|</c>.
/// <para>
/// A comparison, <c>Max</c>, <c>Min</c> or <c>Abs</c> that meets equal values whose derivatives differ is a point where the
/// function is not differentiable (a ReLU at zero): it is counted in <see cref="Kinks"/>, and the coordinate is reported as
/// inconclusive rather than judged.
/// </para>
/// </remarks>
[SuppressMessage("Design", "CA1000", Justification = "The static members are the generic-math interface.")]
internal readonly partial struct Dual : IFloatingPointIeee754<Dual>
{
    [ThreadStatic]
    private static int _kinks;

    public Dual(double value, double derivative, double valueError = 0, double derivativeError = 0)
    {
        Value = value;
        Derivative = derivative;
        ValueError = valueError;
        DerivativeError = derivativeError;
    }

    public double Value { get; }

    public double Derivative { get; }

    /// <summary>The bound on the value's rounding error, in units of <c>u</c>.</summary>
    public double ValueError { get; }

    /// <summary>The bound on the derivative's rounding error, in units of <c>u</c>.</summary>
    public double DerivativeError { get; }

    /// <summary>How many non-differentiable points the evaluations on this thread met since <see cref="ResetKinks"/>.</summary>
    public static int Kinks => _kinks;

    public static void ResetKinks() => _kinks = 0;

    public static Dual Constant(double value) => new(value, 0);

    /// <summary>A unary function <c>f</c> given <c>f(x)</c>, <c>f'(x)</c> and <c>f''(x)</c>.</summary>
    private static Dual Unary(Dual x, double value, double first, double second)
    {
        var derivative = first * x.Derivative;
        return new Dual(
            value,
            derivative,
            (Math.Abs(first) * x.ValueError) + Math.Abs(value),
            (Math.Abs(first) * x.DerivativeError) + (Math.Abs(second * x.Derivative) * x.ValueError) + (2 * Math.Abs(derivative)));
    }

    /// <summary>Notes a point where the function takes one branch of two whose derivatives differ at equal values.</summary>
    private static void Tie(Dual left, Dual right)
    {
        if (left.Value == right.Value && left.Derivative != right.Derivative)
        {
            _kinks++;
        }
    }

    public static Dual operator +(Dual left, Dual right)
    {
        var (value, derivative) = (left.Value + right.Value, left.Derivative + right.Derivative);
        return new Dual(value, derivative, left.ValueError + right.ValueError + Math.Abs(value), left.DerivativeError + right.DerivativeError + Math.Abs(derivative));
    }

    public static Dual operator -(Dual left, Dual right)
    {
        var (value, derivative) = (left.Value - right.Value, left.Derivative - right.Derivative);
        return new Dual(value, derivative, left.ValueError + right.ValueError + Math.Abs(value), left.DerivativeError + right.DerivativeError + Math.Abs(derivative));
    }

    public static Dual operator *(Dual left, Dual right)
    {
        var value = left.Value * right.Value;
        var (first, second) = (left.Derivative * right.Value, left.Value * right.Derivative);
        var derivative = first + second;
        return new Dual(
            value,
            derivative,
            (left.ValueError * Math.Abs(right.Value)) + (Math.Abs(left.Value) * right.ValueError) + Math.Abs(value),
            (left.DerivativeError * Math.Abs(right.Value)) + (Math.Abs(left.Derivative) * right.ValueError)
                + (left.ValueError * Math.Abs(right.Derivative)) + (Math.Abs(left.Value) * right.DerivativeError)
                + Math.Abs(first) + Math.Abs(second) + Math.Abs(derivative));
    }

    public static Dual operator /(Dual left, Dual right)
    {
        var value = left.Value / right.Value;
        var divisor = Math.Abs(right.Value);
        var (first, second) = (left.Derivative / right.Value, value * right.Derivative / right.Value);
        var derivative = first - second;
        return new Dual(
            value,
            derivative,
            (left.ValueError / divisor) + (Math.Abs(value) * right.ValueError / divisor) + Math.Abs(value),
            (left.DerivativeError / divisor) + (Math.Abs(value) * right.DerivativeError / divisor)
                + (left.ValueError * Math.Abs(right.Derivative) / (divisor * divisor))
                + (right.ValueError * ((Math.Abs(left.Derivative) / (divisor * divisor)) + (2 * Math.Abs(second) / divisor)))
                + (2 * (Math.Abs(first) + Math.Abs(second))) + Math.Abs(derivative));
    }

    public static Dual operator %(Dual left, Dual right)
    {
        var quotient = Math.Truncate(left.Value / right.Value);
        return left - (Constant(quotient) * right);
    }

    public static Dual operator -(Dual value) => new(-value.Value, -value.Derivative, value.ValueError, value.DerivativeError);

    public static Dual operator +(Dual value) => value;

    public static Dual operator ++(Dual value) => value + One;

    public static Dual operator --(Dual value) => value - One;

    public static bool operator ==(Dual left, Dual right)
    {
        Tie(left, right);
        return left.Value == right.Value;
    }

    public static bool operator !=(Dual left, Dual right) => !(left == right);

    public static bool operator <(Dual left, Dual right)
    {
        Tie(left, right);
        return left.Value < right.Value;
    }

    public static bool operator >(Dual left, Dual right)
    {
        Tie(left, right);
        return left.Value > right.Value;
    }

    public static bool operator <=(Dual left, Dual right)
    {
        Tie(left, right);
        return left.Value <= right.Value;
    }

    public static bool operator >=(Dual left, Dual right)
    {
        Tie(left, right);
        return left.Value >= right.Value;
    }

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Dual other && Equals(other);

    public bool Equals(Dual other) => Value.Equals(other.Value);

    public override int GetHashCode() => Value.GetHashCode();

    public int CompareTo(object? obj) => obj is Dual other ? CompareTo(other) : 1;

    public int CompareTo(Dual other)
    {
        Tie(this, other);
        return Value.CompareTo(other.Value);
    }

    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider)
        => $"{Value.ToString(format, formatProvider)} + {Derivative.ToString(format, formatProvider)}e";

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Value.TryFormat(destination, out charsWritten, format, provider);
}
