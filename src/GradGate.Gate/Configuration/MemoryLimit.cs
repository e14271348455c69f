using System.Globalization;

namespace GradGate.Gate.Configuration;

/// <summary>
/// GradGateMemoryLimit: the megabytes of managed heap the runner may use, so a check that allocates without bound
/// fails with an OutOfMemoryException (GG0009) instead of exhausting the build machine. 0 lifts the cap.
/// </summary>
internal static class MemoryLimit
{
    public const string Property = "GradGateMemoryLimit";

    public const long DefaultMegabytes = 4096;

    /// <summary>
    /// The least cap accepted. The runtime alone needs several megabytes to set up its heap (below about 4 MB it cannot
    /// start at all), and a value this small is most likely gigabytes written as megabytes.
    /// </summary>
    public const long MinMegabytes = 64;

    /// <summary>A terabyte: more than any build machine has, small enough that the byte count cannot overflow.</summary>
    private const long MaxMegabytes = 1L << 20;

    /// <summary>The cap in bytes; null when there is none or the value is not accepted (then <paramref name="problems"/> says why).</summary>
    public static long? ParseBytes(string? value, ICollection<ConfigurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultMegabytes * 1024 * 1024;
        }

        if (!long.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) || megabytes > MaxMegabytes)
        {
            problems.Add(new ConfigurationProblem(
                Property,
                value,
                $"{Property} is '{value}', but it must be a whole number of megabytes of managed heap for the checks' process, such as "
                + $"{DefaultMegabytes}, or 0 for no cap. Set it to one, or remove it to use the default of {DefaultMegabytes}."));
            return null;
        }

        if (megabytes is > 0 and < MinMegabytes)
        {
            problems.Add(new ConfigurationProblem(
                Property,
                value,
                $"{Property} is '{value}' megabytes, below the {MinMegabytes} MB GradGate accepts: the .NET runtime needs several megabytes "
                + "of managed heap just to start and load the checks. The value is in megabytes (4096 is 4 GB); set at least "
                + $"{MinMegabytes}, 0 for no cap, or remove it to use the default of {DefaultMegabytes}."));
            return null;
        }

        return megabytes == 0 ? null : megabytes * 1024 * 1024;
    }
}
