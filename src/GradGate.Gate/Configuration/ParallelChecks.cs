using System.Globalization;

namespace GradGate.Gate.Configuration;

/// <summary>
/// GradGateMaxParallelChecks: how many checks the runner may run at the same time. Results do not depend on it (each
/// check is seeded on its own and judged alone), so it is not part of the settings that make the checks run again.
/// </summary>
internal static class ParallelChecks
{
    public const string Property = "GradGateMaxParallelChecks";

    /// <summary>Far more than any machine has cores: a value above it is a typo, not a plan.</summary>
    private const int MaxChecks = 1024;

    /// <summary>The number of checks at a time; the processor count when empty; null when the value is not accepted (then <paramref name="problems"/> says why).</summary>
    public static int? Parse(string? value, ICollection<ConfigurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Environment.ProcessorCount;
        }

        if (!int.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var checks) || checks < 1 || checks > MaxChecks)
        {
            problems.Add(new ConfigurationProblem(
                Property,
                value,
                $"{Property} is '{value}', but it must be a whole number of checks to run at the same time, from 1 (one after another) "
                + $"to {MaxChecks}. Set it to one, or remove it to use the number of processors ({Environment.ProcessorCount} here)."));
            return null;
        }

        return checks;
    }
}
