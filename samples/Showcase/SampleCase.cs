namespace Showcase;

/// <summary>A sample project the showcase builds, and what its build must show.</summary>
internal sealed record SampleCase(string Name, bool ExpectedToPass, IReadOnlyList<Expectation> Expectations)
{
    /// <summary>The fixed network, sigmoid and layer norm: every check passes.</summary>
    public static readonly SampleCase TwoLayerNet = new(
        "TwoLayerNet",
        ExpectedToPass: true,
        [Expectation.BuildSucceeds, Expectation.GateRan, Expectation.NoGradGateErrors, Expectation.ReportsWritten]);

    /// <summary>The tutorial's bugs: grad W1 doubled and the sigmoid's 1 + out.</summary>
    public static readonly SampleCase BugHunt = new(
        "BugHunt",
        ExpectedToPass: false,
        [
            Expectation.BuildFails,
            Expectation.GateRan,
            Expectation.ErrorNaming("GG0001", "W1"),
            Expectation.ErrorNaming("GG0001", "SigmoidOperator"),
            Expectation.ErrorsLocatedIn("GG0001", "Checks.cs"),
            Expectation.ReportsWritten,
        ]);
}
