namespace GradGate.Results.Json;

/// <summary>The enums' names in GradGate's JSON: camelCase, as <c>JsonStringEnumConverter</c> with the camelCase policy writes them.</summary>
internal static class ResultJsonNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Warning => "warning",
        Verdict.Failed => "failed",
        Verdict.Error => "error",
        Verdict.Skipped => "skipped",
        _ => ((int)verdict).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Message => "message",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => ((int)severity).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
