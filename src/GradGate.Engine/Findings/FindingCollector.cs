using GradGate.Results;

namespace GradGate.Engine.Findings;

/// <summary>Gathers a check's findings and hands them back worst first, with the verdict they add up to.</summary>
internal sealed class FindingCollector
{
    private readonly List<RankedFinding> _findings = [];

    /// <param name="magnitude">Orders findings of the same severity: the larger (a relative error, a count), the earlier.</param>
    public void Add(string code, Severity severity, string message, string? block = null, double magnitude = 0)
        => _findings.Add(new RankedFinding(
            new Finding { Code = code, Severity = severity, Message = message, Block = block },
            magnitude,
            _findings.Count));

    public void Add(Finding finding) => Add(finding.Code, finding.Severity, finding.Message, finding.Block);

    /// <summary>Takes back the findings of one code about one block, when a later judgement of the block supersedes them.</summary>
    public void Withdraw(string code, string block) => _findings.RemoveAll(ranked => ranked.Finding.Code == code && ranked.Finding.Block == block);

    public bool Contains(string code) => _findings.Exists(ranked => ranked.Finding.Code == code);

    /// <summary>
    /// Errors, then warnings, then messages. Within a severity, findings of one code stay together (codes in
    /// the order they were first found), the larger magnitude first, then in the order found.
    /// </summary>
    public List<Finding> WorstFirst()
    {
        var codeRank = _findings.Select(ranked => ranked.Finding.Code).Distinct().Select((code, rank) => (code, rank)).ToDictionary();
        return _findings
            .OrderByDescending(ranked => ranked.Finding.Severity)
            .ThenBy(ranked => codeRank[ranked.Finding.Code])
            .ThenByDescending(ranked => double.IsNaN(ranked.Magnitude) ? double.PositiveInfinity : ranked.Magnitude)
            .ThenBy(ranked => ranked.Order)
            .Select(ranked => ranked.Finding)
            .ToList();
    }

    /// <summary>A check that threw could not be judged (<see cref="Verdict.Error"/>); any other error means the gradient failed.</summary>
    public Verdict Verdict()
    {
        if (_findings.Exists(ranked => ranked.Finding.Code == DiagnosticCodes.CheckThrew))
        {
            return Results.Verdict.Error;
        }

        if (_findings.Exists(ranked => ranked.Finding.Severity == Severity.Error))
        {
            return Results.Verdict.Failed;
        }

        return _findings.Exists(ranked => ranked.Finding.Severity == Severity.Warning) ? Results.Verdict.Warning : Results.Verdict.Passed;
    }

    private sealed record RankedFinding(Finding Finding, double Magnitude, int Order);
}
