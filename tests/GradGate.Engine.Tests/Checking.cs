using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Runs the engine the way the runner does, with test identities and optional overrides.</summary>
internal static class Checking
{
    public static readonly CheckIdentity Identity = new("Tests.Check", "Check", "Tests", "Check", null);

    public static CheckResult Run(GradCheckTarget target, CheckOverrides? overrides = null)
        => GradientChecker.Check(target, Identity, overrides ?? new CheckOverrides());

    public static BlockResult Block(this CheckResult result, string name) => result.Blocks.Single(block => block.Name == name);

    /// <summary>Findings a correct target must not produce: anything above a message.</summary>
    public static IEnumerable<Finding> Serious(this CheckResult result) => result.Findings.Where(finding => finding.Severity > Severity.Message);
}
