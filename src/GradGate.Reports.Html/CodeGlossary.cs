using System.Text;
using System.Text.RegularExpressions;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>The codes the page shows, each linked to its explanation at the end of the page.</summary>
internal static class CodeGlossary
{
    private static readonly Regex CodeSpan = new("`([^`]+)`");

    /// <summary>Every code the report shows, with what it means and what to do, from docs/diagnostics.md.</summary>
    public static void Append(StringBuilder html, RunResult run)
    {
        var codes = run.RunFindings.Concat(run.Checks.SelectMany(check => check.Findings)).Select(finding => finding.Code).Distinct().OrderBy(code => code, StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"card codes\"><h2>Codes in this report</h2><dl>");
        foreach (var code in codes)
        {
            var entry = DiagnosticsReference.Find(code);
            html.Append($"<div id=\"{Anchor(code)}\"><dt><code>{HtmlText.Escape(code)}</code></dt><dd>")
                .Append(entry is null ? "See docs/diagnostics.md." : $"{Markdown(entry.Meaning)} <span class=\"remedy\">What to do: {Markdown(entry.Remedy)}</span>")
                .Append("</dd></div>");
        }

        html.Append("</dl><p class=\"muted\">From docs/diagnostics.md, which also describes how NoWarn and WarningsAsErrors apply to these codes.</p></section>\n");
    }

    public static string Link(string code) => $"<a class=\"code\" href=\"#{Anchor(code)}\">{HtmlText.Escape(code)}</a>";

    private static string Anchor(string code) => "code-" + Regex.Replace(code, "[^A-Za-z0-9]", "");

    /// <summary>A cell of the docs' code table: escaped, with its <c>`code spans`</c> kept as code.</summary>
    private static string Markdown(string cell) => CodeSpan.Replace(HtmlText.Escape(cell), match => $"<code>{match.Groups[1].Value}</code>");
}
