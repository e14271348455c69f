namespace GradGate.Results;

/// <summary>The check modes as users spell them in GradGateMode and as the reports show them.</summary>
public static class CheckModeNames
{
    public const string Full = "full";
    public const string Fast = "fast";
    public const string Sampled = "sampled";

    public static IReadOnlyList<string> All { get; } = [Full, Fast, Sampled];
}
