using GradGate.Results;
using GradGate.Gate.Discovery;

namespace GradGate.Gate.Filtering;

/// <summary>
/// The checks a build runs, and a finding when that is none: a gate that checks nothing must not look green. A project
/// that declares no check gets a warning (it may be on its way to declaring some); a filter the user set that selects
/// none is an error, since a typo in it would otherwise turn the gate green (as pytest's <c>-k</c> that selects nothing
/// exits with an error).
/// </summary>
/// <param name="Selected">The discovered checks the filter selects, in declaration order, skipped ones included.</param>
/// <param name="Finding">A GG0013 warning when no check is declared; a GG0012 error when the filter selects none.</param>
internal sealed record CheckSelection(IReadOnlyList<DiscoveredCheck> Selected, Finding? Finding)
{
    /// <param name="shard">This job's shard of the checks the filter selects; null for all of them.</param>
    public static CheckSelection Select(DiscoveredAssembly assembly, CheckFilter filter, CheckShard? shard = null)
    {
        if (assembly.Checks.Count == 0)
        {
            return new CheckSelection([], Warning(
                $"{assembly.AssemblyName} references GradGate but declares no [GradCheck] method, so nothing was checked. "
                + "Mark a public static method that returns a GradCheckTarget with [GradCheck], or remove the GradGate package "
                + "reference (or set GradGateEnabled to false)."));
        }

        var selected = assembly.Checks
            .Select(check => filter.Select(check.Id, check.DisplayName, out var members) ? check with { MemberPatterns = members } : null)
            .OfType<DiscoveredCheck>()
            .ToList();
        if (selected.Count > 0)
        {
            // A shard may be left with no check (more jobs than methods): that is the matrix's shape, not a typo to refuse.
            return new CheckSelection(shard is null ? selected : selected.Where(check => shard.Contains(check.Id)).ToList(), null);
        }

        var example = assembly.Checks[0];
        return new CheckSelection(selected, new Finding
        {
            Code = DiagnosticCodes.BadConfiguration,
            Severity = Severity.Error,
            Message = $"GradGateFilter '{filter.Text}' selects none of the {assembly.Checks.Count} [GradCheck] methods of {assembly.AssemblyName}, "
                + "so nothing was checked, and a gate that checks nothing must not pass. Each semicolon-separated pattern must match a "
                + "check's whole id (Namespace.Type.Method) or display name, ignoring case, with * for any characters: for example "
                + $"'{example.Id}' or '*{example.MethodName}*'. Fix the filter, or remove it to run every check.",
        });
    }

    /// <summary>
    /// The same GG0012 error when every method the filter selected was selected for some members of its family and no
    /// member matched (a misspelt variant): the methods ran, and nothing was checked.
    /// </summary>
    public Finding? NoMemberSelected(IReadOnlyCollection<CheckResult> results, CheckFilter filter)
        => Finding is null && results.Count == 0 && Selected.Count > 0 && Selected.All(check => check.MemberPatterns is not null)
            ? new Finding
            {
                Code = DiagnosticCodes.BadConfiguration,
                Severity = Severity.Error,
                Message = $"GradGateFilter '{filter.Text}' selects members of {string.Join(", ", Selected.Select(check => check.Id))} by name, but none of "
                    + "their members has a matching id or name, so nothing was checked, and a gate that checks nothing must not pass. A member's id is "
                    + "the method's id with the member's name in brackets, as the reports write it (Namespace.Type.Method[variant]). Fix the "
                    + "filter, or remove it to run every check.",
            }
            : null;

    private static Finding Warning(string message) => new()
    {
        Code = DiagnosticCodes.NoTargets,
        Severity = Severity.Warning,
        Message = message,
    };
}
