using System.Reflection;
using System.Text.RegularExpressions;
using GradGate.Reports.Sarif;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports.Sarif;

/// <summary>The rules the SARIF report lists and the code table of docs/diagnostics.md say the same, code by code.</summary>
public sealed partial class DiagnosticRulesTests
{
    [Fact]
    public void Every_row_of_the_docs_code_table_is_a_rule_with_the_same_severity_meaning_and_remedy()
    {
        var rows = CodeTable();

        Assert.Equal(rows.Select(row => row.Code), DiagnosticRules.All.Select(rule => rule.Code));
        foreach (var (code, severity, meaning, remedy) in rows)
        {
            var rule = DiagnosticRules.Find(code)!;
            Assert.Equal(severity, rule.DefaultSeverity.ToString().ToLowerInvariant());
            Assert.Equal(meaning, rule.MeaningMarkdown);
            Assert.Equal(remedy, rule.RemedyMarkdown);
        }
    }

    [Fact]
    public void Every_diagnostic_code_has_a_rule_named_after_it()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (Name: field.Name, Code: (string)field.GetRawConstantValue()!))
            .OrderBy(code => code.Code, StringComparer.Ordinal);

        Assert.Equal(codes, DiagnosticRules.All.Select(rule => (rule.Name, rule.Code)));
    }

    private static List<(string Code, string Severity, string Meaning, string Remedy)> CodeTable()
        => File.ReadAllLines(RepositoryFiles.Docs("diagnostics.md"))
            .Select(line => CodeRow().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value))
            .ToList();

    [GeneratedRegex(@"^\| (GG\d{4}) \| (\w+) \| (.*) \| (.*) \|$")]
    private static partial Regex CodeRow();
}
