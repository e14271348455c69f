using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>One GG code: its name, the severity it is reported with, what it means and what to do, in Markdown.</summary>
internal sealed class DiagnosticRule
{
    public DiagnosticRule(string code, string name, Severity defaultSeverity, string meaningMarkdown, string remedyMarkdown)
    {
        Code = code;
        Name = name;
        DefaultSeverity = defaultSeverity;
        MeaningMarkdown = meaningMarkdown;
        RemedyMarkdown = remedyMarkdown;
    }

    public string Code { get; }

    /// <summary>The code's name in <see cref="DiagnosticCodes"/>, such as <c>GradientMismatch</c>.</summary>
    public string Name { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>The "what it means" column of the code table.</summary>
    public string MeaningMarkdown { get; }

    /// <summary>The "what to do" column of the code table.</summary>
    public string RemedyMarkdown { get; }

    /// <summary>The meaning's first sentence, which code scanning shows as the rule's title.</summary>
    public string ShortDescription
    {
        get
        {
            var meaning = PlainText(MeaningMarkdown);
            var end = meaning.IndexOf(". ", StringComparison.Ordinal);
            return end < 0 ? meaning : meaning.Substring(0, end + 1);
        }
    }

    public string Meaning => PlainText(MeaningMarkdown);

    public string Remedy => PlainText(RemedyMarkdown);

    public string HelpUri => $"{DiagnosticRules.DiagnosticsPage}#diagnostic-codes";

    /// <summary>The Markdown of the docs without its code spans' backticks.</summary>
    private static string PlainText(string markdown) => markdown.Replace("`", "");
}
