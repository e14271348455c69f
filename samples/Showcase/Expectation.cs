namespace Showcase;

/// <summary>One thing a sample's build must show, in words the showcase prints beside its verdict.</summary>
internal sealed record Expectation(string Description, Func<SampleBuild, bool> IsMetBy)
{
    public static readonly Expectation GateRan =
        new("the gate ran: GradGate printed its summary line", build => build.SummaryLines.Count > 0);

    public static readonly Expectation ReportsWritten =
        new("JSON, JUnit and Markdown reports were written",
            build => build.HasReport(".json") && build.HasReport(".junit.xml") && build.HasReport(".md"));

    public static readonly Expectation BuildSucceeds = new("the build succeeds (exit code 0)", build => build.ExitCode == 0);

    public static readonly Expectation BuildFails = new("the build fails (non-zero exit code)", build => build.ExitCode != 0);

    public static readonly Expectation NoGradGateErrors =
        new("no GGxxxx error", build => !build.GradGateDiagnostics.Any(diagnostic => diagnostic.IsError));

    /// <summary>An error with <paramref name="code"/> whose message contains <paramref name="text"/>.</summary>
    public static Expectation ErrorNaming(string code, string text)
        => new($"an error {code} names {text}", build => build.GradGateDiagnostics.Any(
            diagnostic => diagnostic.IsError && diagnostic.Code == code && diagnostic.Message.Contains(text, StringComparison.Ordinal)));

    /// <summary>There are errors with <paramref name="code"/>, each at a line of <paramref name="fileName"/>, where the checks are declared.</summary>
    public static Expectation ErrorsLocatedIn(string code, string fileName)
        => new($"the {code} errors point at lines of {fileName}", build =>
        {
            var errors = build.GradGateDiagnostics.Where(diagnostic => diagnostic.IsError && diagnostic.Code == code).ToArray();
            return errors.Length > 0 && errors.All(diagnostic => Path.GetFileName(diagnostic.File) == fileName && diagnostic.Line > 0);
        });
}
