using GradGate.Results;

namespace GradGate.Gate.Naming;

/// <summary>
/// Fails every check that another check can be mistaken for (GG0014): two checks of one class with the same display name
/// (a JUnit test case is its class and name, and dashboards merge test cases that share both, showing a failed check as
/// passed or the reverse), or a display name that is another check's id (which the baseline and the filter go by).
/// Judged on the results, so family members and their variants count too.
/// </summary>
internal static class NameCollisions
{
    /// <remarks>A result has no equality of its own: each is told apart by reference, as the run holds it.</remarks>
    public static void Reject(IReadOnlyList<CheckResult> checks)
    {
        var confused = new Dictionary<CheckResult, HashSet<CheckResult>>();
        foreach (var testCase in checks.GroupBy(check => (check.ClassName, check.Name)).Where(group => group.Count() > 1))
        {
            foreach (var check in testCase)
            {
                Confuse(confused, check, testCase);
            }
        }

        var byId = checks.ToLookup(check => check.Id, StringComparer.Ordinal);
        foreach (var check in checks)
        {
            foreach (var other in byId[check.Name].Where(other => !ReferenceEquals(other, check)))
            {
                Confuse(confused, check, [other]);
                Confuse(confused, other, [check]);
            }
        }

        foreach (var check in checks.Where(confused.ContainsKey))
        {
            Fail(check, confused[check]);
        }
    }

    private static void Confuse(Dictionary<CheckResult, HashSet<CheckResult>> confused, CheckResult check, IEnumerable<CheckResult> with)
    {
        if (!confused.TryGetValue(check, out var others))
        {
            confused[check] = others = [];
        }

        others.UnionWith(with.Where(other => !ReferenceEquals(other, check)));
    }

    private static void Fail(CheckResult check, IReadOnlyCollection<CheckResult> others)
    {
        check.Findings.Insert(0, new Finding
        {
            Code = DiagnosticCodes.InvalidTarget,
            Severity = Severity.Error,
            Message = $"{check.Name} ({check.Id}) can be mistaken for {string.Join(", ", others.Select(Describe))}: they share a name, so "
                + "dashboards and reports would show them as one test case, or take one for the other, hiding a verdict. Give each "
                + "[GradCheck] a Name of its own, or none (the default, Type.Method, is unique within its class).",
        });
        if (check.Verdict != Verdict.Error)
        {
            check.Verdict = Verdict.Failed;
        }
    }

    private static string Describe(CheckResult other)
    {
        var check = $"'{other.Name}' ({other.Id})";
        return other.Source is { Line: > 0 } source ? $"{check} at {source.File}({source.Line})" : check;
    }
}
