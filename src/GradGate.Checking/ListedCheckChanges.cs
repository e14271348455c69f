using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>The result of a listed check whose [GradCheck] method no longer yields it: the checks changed after they were listed.</summary>
internal static class ListedCheckChanges
{
    public static CheckResult Describe(ListedGradCheck check, IReadOnlyList<CheckResult> results)
    {
        var identity = new CheckIdentity(check.Id, check.Name, check.DeclaringType.FullName ?? check.DeclaringType.Name, check.MethodName, check.Variant);
        var now = results.Count == 0 ? "nothing" : string.Join(", ", results.Select(result => $"'{result.Name}'"));
        var details = results.SelectMany(result => result.Findings).Where(finding => finding.Severity == Severity.Error).Select(finding => $" ({finding.Code}: {finding.Message})");
        var position = check.FamilyMember is { } member ? $"member {member} of its family" : "its [GradCheck] method";
        return UnjudgedResults.Invalid(
            identity,
            $"it was listed as {position}, but the method now yields {now} there{string.Concat(details)}: the checks changed after they were listed. Build the project and list its checks (tests) again.",
            results.Sum(result => result.DurationSeconds));
    }
}
