using System.Globalization;
using GradGate.Results;
using GradGate.Gate.Filtering;

namespace GradGate.Gate.Configuration;

/// <summary>
/// Turns the raw GradGate* properties into <see cref="GateSettings"/>, collecting every bad value rather
/// than stopping at the first, so one build tells the user everything to fix.
/// </summary>
internal static class GateSettingsValidator
{
    public const string ErrorThresholdProperty = "GradGateErrorThreshold";
    public const string WarningThresholdProperty = "GradGateWarningThreshold";
    public const string EpsilonProperty = "GradGateEpsilon";
    public const string TimeoutProperty = "GradGateTimeout";
    public const string ModeProperty = "GradGateMode";
    public const string ShardProperty = "GradGateShard";


    public const double DefaultTimeoutSeconds = 60;

    /// <summary>A day: long enough for any check, short enough that the runner's watchdog arithmetic stays finite.</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>The settings, or null when <paramref name="problems"/> received at least one problem.</summary>
    public static GateSettings? Validate(RawGateSettings raw, ICollection<ConfigurationProblem> problems)
    {
        var problemsBefore = problems.Count;
        var errorThreshold = ParsePositive(ErrorThresholdProperty, raw.ErrorThreshold, "1e-5", problems);
        var warningThreshold = ParsePositive(WarningThresholdProperty, raw.WarningThreshold, "1e-7", problems);
        var epsilon = ParsePositive(EpsilonProperty, raw.Epsilon, "1e-6", problems);
        var timeout = ParseTimeout(raw.Timeout, problems);
        var mode = ParseMode(raw.Mode, problems);
        var shard = ParseShard(raw.Shard, problems);

        if (errorThreshold is { } error && warningThreshold is { } warning && warning > error)
        {
            problems.Add(new ConfigurationProblem(
                WarningThresholdProperty,
                raw.WarningThreshold!,
                $"{WarningThresholdProperty} ('{raw.WarningThreshold!.Trim()}') is above {ErrorThresholdProperty} ('{raw.ErrorThreshold!.Trim()}'): a relative error "
                + $"between them would be neither a warning nor an error. Set {WarningThresholdProperty} at or below {ErrorThresholdProperty} "
                + $"(the defaults are 1e-7 and 1e-5)."));
        }

        return problems.Count > problemsBefore
            ? null
            : new GateSettings(errorThreshold, warningThreshold, epsilon, timeout ?? DefaultTimeoutSeconds, CheckFilter.Parse(raw.Filter), mode, shard);
    }

    private static double? ParsePositive(string property, string? value, string example, ICollection<ConfigurationProblem> problems)
    {
        if (IsUnset(value))
        {
            return null;
        }

        if (!TryParseNumber(value!, out var number))
        {
            problems.Add(new ConfigurationProblem(
                property,
                value!,
                $"{property} is '{value}', which is not a number. Set it to a positive number such as {example} "
                + "(invariant culture: a dot for decimals), or remove it to use the default."));
            return null;
        }

        if (!(number > 0) || double.IsInfinity(number))
        {
            problems.Add(new ConfigurationProblem(
                property,
                value!,
                $"{property} is '{value}', but it must be a positive, finite number such as {example}. "
                + "Set it to one, or remove it to use the default."));
            return null;
        }

        return number;
    }

    private static double? ParseTimeout(string? value, ICollection<ConfigurationProblem> problems)
    {
        if (IsUnset(value))
        {
            return null;
        }

        if (!TryParseNumber(value!, out var seconds) || !(seconds > 0) || seconds > MaxTimeoutSeconds)
        {
            problems.Add(new ConfigurationProblem(
                TimeoutProperty,
                value!,
                $"{TimeoutProperty} is '{value}', but it must be a positive number of seconds per check, at most "
                + $"{Show(MaxTimeoutSeconds)}, such as {Show(DefaultTimeoutSeconds)}. Set it to one, or remove it to use the default "
                + $"of {Show(DefaultTimeoutSeconds)} seconds."));
            return null;
        }

        return seconds;
    }

    private static string? ParseMode(string? value, ICollection<ConfigurationProblem> problems)
    {
        if (IsUnset(value))
        {
            return null;
        }

        var mode = value!.Trim().ToLowerInvariant();
        if (CheckModeNames.All.Contains(mode))
        {
            return mode;
        }

        problems.Add(new ConfigurationProblem(
            ModeProperty,
            value,
            $"{ModeProperty} is '{value}', which is not a check mode. Set it to one of {string.Join(", ", CheckModeNames.All)}, or remove it to let "
            + "each check choose (full up to 2,048 coordinates, fast above)."));
        return null;
    }

    private static CheckShard? ParseShard(string? value, ICollection<ConfigurationProblem> problems)
    {
        if (IsUnset(value))
        {
            return null;
        }

        if (CheckShard.Parse(value!) is { } shard)
        {
            return shard.Count == 1 ? null : shard;
        }

        problems.Add(new ConfigurationProblem(
            ShardProperty,
            value!,
            $"{ShardProperty} is '{value}', which is not a shard. Set it to k/n, this job's shard k of n (1 <= k <= n), such as 2/4 for "
            + "the second of four jobs, or remove it to run every check."));
        return null;
    }

    private static bool IsUnset(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool TryParseNumber(string value, out double number)
        => double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
