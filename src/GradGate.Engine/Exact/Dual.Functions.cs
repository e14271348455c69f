using System.Globalization;
using System.Numerics;

namespace GradGate.Engine.Exact;

/// <summary>The constants, elementary functions and conversions of <see cref="Dual"/>.</summary>
internal readonly partial struct Dual
{
    public static Dual Zero => Constant(0);

    public static Dual One => Constant(1);

    public static Dual NegativeOne => Constant(-1);

    public static Dual E => Constant(Math.E);

    public static Dual Pi => Constant(Math.PI);

    public static Dual Tau => Constant(Math.Tau);

    public static Dual Epsilon => Constant(double.Epsilon);

    public static Dual NaN => Constant(double.NaN);

    public static Dual NegativeInfinity => Constant(double.NegativeInfinity);

    public static Dual PositiveInfinity => Constant(double.PositiveInfinity);

    public static Dual NegativeZero => Constant(-0.0);

    public static int Radix => 2;

    public static Dual AdditiveIdentity => Zero;

    public static Dual MultiplicativeIdentity => One;

    public static Dual Exp(Dual x)
    {
        var value = Math.Exp(x.Value);
        return Unary(x, value, value, value);
    }

    public static Dual ExpM1(Dual x)
    {
        var exp = Math.Exp(x.Value);
        return Unary(x, double.ExpM1(x.Value), exp, exp);
    }

    public static Dual Exp2(Dual x)
    {
        var value = Math.Pow(2, x.Value);
        return Unary(x, value, Math.Log(2) * value, Math.Log(2) * Math.Log(2) * value);
    }

    public static Dual Exp2M1(Dual x) => Exp2(x) - One;

    public static Dual Exp10(Dual x)
    {
        var value = Math.Pow(10, x.Value);
        return Unary(x, value, Math.Log(10) * value, Math.Log(10) * Math.Log(10) * value);
    }

    public static Dual Exp10M1(Dual x) => Exp10(x) - One;

    public static Dual Log(Dual x) => Unary(x, Math.Log(x.Value), 1 / x.Value, -1 / (x.Value * x.Value));

    public static Dual Log(Dual x, Dual newBase) => Log(x) / Log(newBase);

    public static Dual LogP1(Dual x) => Unary(x, double.LogP1(x.Value), 1 / (1 + x.Value), -1 / ((1 + x.Value) * (1 + x.Value)));

    public static Dual Log2(Dual x) => Unary(x, Math.Log2(x.Value), 1 / (x.Value * Math.Log(2)), -1 / (x.Value * x.Value * Math.Log(2)));

    public static Dual Log2P1(Dual x) => Log2(x + One);

    public static Dual Log10(Dual x) => Unary(x, Math.Log10(x.Value), 1 / (x.Value * Math.Log(10)), -1 / (x.Value * x.Value * Math.Log(10)));

    public static Dual Log10P1(Dual x) => Log10(x + One);

    public static Dual Sqrt(Dual x)
    {
        var root = Math.Sqrt(x.Value);
        return Unary(x, root, 0.5 / root, -0.25 / (root * root * root));
    }

    public static Dual Cbrt(Dual x)
    {
        var root = Math.Cbrt(x.Value);
        return Unary(x, root, 1 / (3 * root * root), -2 / (9 * root * root * root * root * root));
    }

    public static Dual Hypot(Dual x, Dual y) => Sqrt((x * x) + (y * y));

    public static Dual RootN(Dual x, int n) => Pow(x, Constant(1.0 / n));

    public static Dual Pow(Dual x, Dual y)
    {
        if (y.Derivative == 0 && y.ValueError == 0)
        {
            var (value, exponent) = (Math.Pow(x.Value, y.Value), y.Value);
            return Unary(x, value, exponent * Math.Pow(x.Value, exponent - 1), exponent * (exponent - 1) * Math.Pow(x.Value, exponent - 2));
        }

        return Exp(y * Log(x));
    }

    public static Dual Sin(Dual x) => Unary(x, Math.Sin(x.Value), Math.Cos(x.Value), -Math.Sin(x.Value));

    public static Dual Cos(Dual x) => Unary(x, Math.Cos(x.Value), -Math.Sin(x.Value), -Math.Cos(x.Value));

    public static Dual Tan(Dual x)
    {
        var tan = Math.Tan(x.Value);
        return Unary(x, tan, 1 + (tan * tan), 2 * tan * (1 + (tan * tan)));
    }

    public static (Dual Sin, Dual Cos) SinCos(Dual x) => (Sin(x), Cos(x));

    public static Dual SinPi(Dual x) => Sin(x * Pi);

    public static Dual CosPi(Dual x) => Cos(x * Pi);

    public static Dual TanPi(Dual x) => Tan(x * Pi);

    public static (Dual SinPi, Dual CosPi) SinCosPi(Dual x) => (SinPi(x), CosPi(x));

    public static Dual Asin(Dual x)
    {
        var rest = 1 - (x.Value * x.Value);
        return Unary(x, Math.Asin(x.Value), 1 / Math.Sqrt(rest), x.Value / (rest * Math.Sqrt(rest)));
    }

    public static Dual Acos(Dual x)
    {
        var rest = 1 - (x.Value * x.Value);
        return Unary(x, Math.Acos(x.Value), -1 / Math.Sqrt(rest), -x.Value / (rest * Math.Sqrt(rest)));
    }

    public static Dual Atan(Dual x)
    {
        var rest = 1 + (x.Value * x.Value);
        return Unary(x, Math.Atan(x.Value), 1 / rest, -2 * x.Value / (rest * rest));
    }

    public static Dual AsinPi(Dual x) => Asin(x) / Pi;

    public static Dual AcosPi(Dual x) => Acos(x) / Pi;

    public static Dual AtanPi(Dual x) => Atan(x) / Pi;

    public static Dual Atan2(Dual y, Dual x)
    {
        var squares = (x.Value * x.Value) + (y.Value * y.Value);
        var derivative = ((x.Value * y.Derivative) - (y.Value * x.Derivative)) / squares;
        var value = Math.Atan2(y.Value, x.Value);
        var scale = (Math.Abs(x.Value) + Math.Abs(y.Value)) / squares;
        return new Dual(
            value,
            derivative,
            (scale * (x.ValueError + y.ValueError)) + Math.Abs(value),
            (scale * (x.DerivativeError + y.DerivativeError)) + (((Math.Abs(x.Derivative) + Math.Abs(y.Derivative)) / squares) * (x.ValueError + y.ValueError))
                + (4 * Math.Abs(derivative)));
    }

    public static Dual Atan2Pi(Dual y, Dual x) => Atan2(y, x) / Pi;

    public static Dual Sinh(Dual x) => Unary(x, Math.Sinh(x.Value), Math.Cosh(x.Value), Math.Sinh(x.Value));

    public static Dual Cosh(Dual x) => Unary(x, Math.Cosh(x.Value), Math.Sinh(x.Value), Math.Cosh(x.Value));

    public static Dual Tanh(Dual x)
    {
        var tanh = Math.Tanh(x.Value);
        return Unary(x, tanh, 1 - (tanh * tanh), -2 * tanh * (1 - (tanh * tanh)));
    }

    public static Dual Asinh(Dual x)
    {
        var rest = 1 + (x.Value * x.Value);
        return Unary(x, Math.Asinh(x.Value), 1 / Math.Sqrt(rest), -x.Value / (rest * Math.Sqrt(rest)));
    }

    public static Dual Acosh(Dual x)
    {
        var rest = (x.Value * x.Value) - 1;
        return Unary(x, Math.Acosh(x.Value), 1 / Math.Sqrt(rest), -x.Value / (rest * Math.Sqrt(rest)));
    }

    public static Dual Atanh(Dual x)
    {
        var rest = 1 - (x.Value * x.Value);
        return Unary(x, Math.Atanh(x.Value), 1 / rest, 2 * x.Value / (rest * rest));
    }

    public static Dual Abs(Dual x)
    {
        if (x.Value == 0 && x.Derivative != 0)
        {
            _kinks++;
        }

        return x.Value < 0 || (x.Value == 0 && x.Derivative < 0) ? -x : x;
    }

    public static Dual Max(Dual x, Dual y)
    {
        Tie(x, y);
        return double.IsNaN(x.Value) || x.Value > y.Value || (x.Value == y.Value && x.Derivative >= y.Derivative) ? x : y;
    }

    public static Dual Min(Dual x, Dual y)
    {
        Tie(x, y);
        return double.IsNaN(x.Value) || x.Value < y.Value || (x.Value == y.Value && x.Derivative <= y.Derivative) ? x : y;
    }

    public static Dual MaxNumber(Dual x, Dual y) => double.IsNaN(x.Value) ? y : double.IsNaN(y.Value) ? x : Max(x, y);

    public static Dual MinNumber(Dual x, Dual y) => double.IsNaN(x.Value) ? y : double.IsNaN(y.Value) ? x : Min(x, y);

    public static Dual MaxMagnitude(Dual x, Dual y) => Math.Abs(x.Value) >= Math.Abs(y.Value) ? x : y;

    public static Dual MaxMagnitudeNumber(Dual x, Dual y) => double.IsNaN(x.Value) ? y : double.IsNaN(y.Value) ? x : MaxMagnitude(x, y);

    public static Dual MinMagnitude(Dual x, Dual y) => Math.Abs(x.Value) <= Math.Abs(y.Value) ? x : y;

    public static Dual MinMagnitudeNumber(Dual x, Dual y) => double.IsNaN(x.Value) ? y : double.IsNaN(y.Value) ? x : MinMagnitude(x, y);

    public static Dual Clamp(Dual value, Dual min, Dual max) => Min(Max(value, min), max);

    public static Dual CopySign(Dual value, Dual sign) => Math.Sign(value.Value) * Math.Sign(sign.Value) < 0 || (value.Value == 0 && double.IsNegative(sign.Value)) ? -value : value;

    public static int Sign(Dual value)
    {
        if (value.Value == 0 && value.Derivative != 0)
        {
            _kinks++;
        }

        return Math.Sign(value.Value);
    }

    public static Dual Ceiling(Dual x) => Step(x, Math.Ceiling(x.Value));

    public static Dual Floor(Dual x) => Step(x, Math.Floor(x.Value));

    public static Dual Round(Dual x) => Step(x, Math.Round(x.Value));

    public static Dual Round(Dual x, int digits) => Step(x, Math.Round(x.Value, digits));

    public static Dual Round(Dual x, MidpointRounding mode) => Step(x, Math.Round(x.Value, mode));

    public static Dual Round(Dual x, int digits, MidpointRounding mode) => Step(x, Math.Round(x.Value, digits, mode));

    public static Dual Truncate(Dual x) => Step(x, Math.Truncate(x.Value));

    public static Dual FusedMultiplyAdd(Dual left, Dual right, Dual addend) => (left * right) + addend;

    public static Dual Ieee754Remainder(Dual left, Dual right) => left - (Constant(Math.Round(left.Value / right.Value)) * right);

    public static Dual ReciprocalEstimate(Dual x) => One / x;

    public static Dual ReciprocalSqrtEstimate(Dual x) => One / Sqrt(x);

    public static Dual ScaleB(Dual x, int n) => x * Constant(Math.ScaleB(1, n));

    public static int ILogB(Dual x) => Math.ILogB(x.Value);

    public static Dual BitIncrement(Dual x) => new(Math.BitIncrement(x.Value), x.Derivative, x.ValueError, x.DerivativeError);

    public static Dual BitDecrement(Dual x) => new(Math.BitDecrement(x.Value), x.Derivative, x.ValueError, x.DerivativeError);

    public static bool IsCanonical(Dual value) => true;

    public static bool IsComplexNumber(Dual value) => false;

    public static bool IsEvenInteger(Dual value) => double.IsEvenInteger(value.Value);

    public static bool IsFinite(Dual value) => double.IsFinite(value.Value);

    public static bool IsImaginaryNumber(Dual value) => false;

    public static bool IsInfinity(Dual value) => double.IsInfinity(value.Value);

    public static bool IsInteger(Dual value) => double.IsInteger(value.Value);

    public static bool IsNaN(Dual value) => double.IsNaN(value.Value);

    public static bool IsNegative(Dual value) => double.IsNegative(value.Value);

    public static bool IsNegativeInfinity(Dual value) => double.IsNegativeInfinity(value.Value);

    public static bool IsNormal(Dual value) => double.IsNormal(value.Value);

    public static bool IsOddInteger(Dual value) => double.IsOddInteger(value.Value);

    public static bool IsPositive(Dual value) => double.IsPositive(value.Value);

    public static bool IsPositiveInfinity(Dual value) => double.IsPositiveInfinity(value.Value);

    public static bool IsRealNumber(Dual value) => !double.IsNaN(value.Value);

    public static bool IsSubnormal(Dual value) => double.IsSubnormal(value.Value);

    public static bool IsZero(Dual value) => value.Value == 0;

    public static Dual Parse(string s, IFormatProvider? provider) => Constant(double.Parse(s, provider));

    public static Dual Parse(string s, NumberStyles style, IFormatProvider? provider) => Constant(double.Parse(s, style, provider));

    public static Dual Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Constant(double.Parse(s, provider));

    public static Dual Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) => Constant(double.Parse(s, style, provider));

    public static bool TryParse(string? s, IFormatProvider? provider, out Dual result) => TryParse(s, NumberStyles.Float, provider, out result);

    public static bool TryParse(string? s, NumberStyles style, IFormatProvider? provider, out Dual result)
    {
        var parsed = double.TryParse(s, style, provider, out var value);
        result = Constant(value);
        return parsed;
    }

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Dual result) => TryParse(s, NumberStyles.Float, provider, out result);

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Dual result)
    {
        var parsed = double.TryParse(s, style, provider, out var value);
        result = Constant(value);
        return parsed;
    }

    public int GetExponentByteCount() => ((IFloatingPoint<double>)Value).GetExponentByteCount();

    public int GetExponentShortestBitLength() => ((IFloatingPoint<double>)Value).GetExponentShortestBitLength();

    public int GetSignificandBitLength() => ((IFloatingPoint<double>)Value).GetSignificandBitLength();

    public int GetSignificandByteCount() => ((IFloatingPoint<double>)Value).GetSignificandByteCount();

    public bool TryWriteExponentBigEndian(Span<byte> destination, out int bytesWritten) => ((IFloatingPoint<double>)Value).TryWriteExponentBigEndian(destination, out bytesWritten);

    public bool TryWriteExponentLittleEndian(Span<byte> destination, out int bytesWritten) => ((IFloatingPoint<double>)Value).TryWriteExponentLittleEndian(destination, out bytesWritten);

    public bool TryWriteSignificandBigEndian(Span<byte> destination, out int bytesWritten) => ((IFloatingPoint<double>)Value).TryWriteSignificandBigEndian(destination, out bytesWritten);

    public bool TryWriteSignificandLittleEndian(Span<byte> destination, out int bytesWritten) => ((IFloatingPoint<double>)Value).TryWriteSignificandLittleEndian(destination, out bytesWritten);

    static bool INumberBase<Dual>.TryConvertFromChecked<TOther>(TOther value, out Dual result) => TryConvertFrom(value, out result);

    static bool INumberBase<Dual>.TryConvertFromSaturating<TOther>(TOther value, out Dual result) => TryConvertFrom(value, out result);

    static bool INumberBase<Dual>.TryConvertFromTruncating<TOther>(TOther value, out Dual result) => TryConvertFrom(value, out result);

    static bool INumberBase<Dual>.TryConvertToChecked<TOther>(Dual value, out TOther result) => TryConvertTo(value, out result);

    static bool INumberBase<Dual>.TryConvertToSaturating<TOther>(Dual value, out TOther result) => TryConvertTo(value, out result);

    static bool INumberBase<Dual>.TryConvertToTruncating<TOther>(Dual value, out TOther result) => TryConvertTo(value, out result);

    /// <summary>A jump or a flat step: derivative zero, except at a jump itself, which is not differentiable.</summary>
    private static Dual Step(Dual x, double value)
    {
        if (value == x.Value && x.Derivative != 0 && double.IsInteger(value))
        {
            _kinks++;
        }

        return Constant(value);
    }

    /// <summary>A number of another type is a constant: its derivative along any tangent is zero.</summary>
    private static bool TryConvertFrom<TOther>(TOther value, out Dual result)
        where TOther : INumberBase<TOther>
    {
        if (value is Dual dual)
        {
            result = dual;
            return true;
        }

        result = Constant(double.CreateTruncating(value));
        return true;
    }

    /// <summary>Converting to another type keeps the value only: the derivative cannot follow it.</summary>
    private static bool TryConvertTo<TOther>(Dual value, out TOther result)
        where TOther : INumberBase<TOther>
    {
        result = TOther.CreateTruncating(value.Value);
        return true;
    }
}
