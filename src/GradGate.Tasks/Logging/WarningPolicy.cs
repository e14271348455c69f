namespace GradGate.Tasks.Logging;

/// <summary>
/// The project's warning settings applied to GG warnings, as NuGet applies them to its NU warnings: with
/// <c>TreatWarningsAsErrors</c> a GG warning is logged as an error, except a code listed in <c>WarningsNotAsErrors</c>, and
/// a code listed in <c>NoWarn</c> stays a warning for MSBuild to turn into a message (it maps NoWarn to
/// MSBuildWarningsAsMessages), since an error could not be suppressed. <c>WarningsAsErrors</c> needs nothing here: MSBuild
/// applies it to every task's warnings.
/// </summary>
internal sealed class WarningPolicy
{
    private static readonly char[] Separators = [';', ','];

    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _notAsErrors;
    private readonly HashSet<string> _suppressed;

    public WarningPolicy(string? treatWarningsAsErrors, string? warningsNotAsErrors, string? noWarn)
    {
        _treatWarningsAsErrors = string.Equals(treatWarningsAsErrors?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        _notAsErrors = Codes(warningsNotAsErrors);
        _suppressed = Codes(noWarn);
    }

    /// <summary>Warnings stay warnings.</summary>
    public static WarningPolicy None { get; } = new(null, null, null);

    public bool IsError(string code) => _treatWarningsAsErrors && !_notAsErrors.Contains(code) && !_suppressed.Contains(code);

    private static HashSet<string> Codes(string? list)
        => new((list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(code => code.Trim()).Where(code => code.Length > 0), StringComparer.OrdinalIgnoreCase);
}
