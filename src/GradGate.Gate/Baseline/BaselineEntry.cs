using GradGate.Results;

namespace GradGate.Gate.Baseline;

/// <summary>
/// One known finding a team accepts for now, keyed by what stays stable while the code evolves: the check's id,
/// the finding's code and the parameter block it is about. Never by message text or figures, which change with
/// every run. A null <see cref="TargetFramework"/> applies to every target framework of the project.
/// </summary>
internal sealed record BaselineEntry(string Check, string Code, string? Block, string? TargetFramework)
{
    /// <summary>The order of the file: by check, code, block, then framework, so a regenerated file differs only where findings did.</summary>
    public static IComparer<BaselineEntry> FileOrder { get; } = Comparer<BaselineEntry>.Create((left, right) =>
    {
        var byCheck = string.CompareOrdinal(left.Check, right.Check);
        if (byCheck != 0)
        {
            return byCheck;
        }

        var byCode = string.CompareOrdinal(left.Code, right.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        var byBlock = string.CompareOrdinal(left.Block, right.Block);
        return byBlock != 0 ? byBlock : string.Compare(left.TargetFramework, right.TargetFramework, StringComparison.OrdinalIgnoreCase);
    });

    public static BaselineEntry Of(CheckResult check, Finding finding) => new(check.Id, finding.Code, finding.Block, null);

    public bool AppliesTo(string? targetFramework)
        => TargetFramework is null || string.Equals(TargetFramework, targetFramework, StringComparison.OrdinalIgnoreCase);

    public bool Matches(CheckResult check, Finding finding)
        => string.Equals(Check, check.Id, StringComparison.Ordinal)
            && string.Equals(Code, finding.Code, StringComparison.Ordinal)
            && string.Equals(Block, finding.Block, StringComparison.Ordinal);

    public BaselineEntry For(string? targetFramework) => this with { TargetFramework = targetFramework };

    /// <summary>Such as <c>GG0001 of check N.C.Loss, block W1, for net8.0</c>.</summary>
    public string Describe()
        => $"{Code} of check {Check}{(Block is null ? "" : $", block {Block}")}{(TargetFramework is null ? "" : $", for {TargetFramework}")}";
}
