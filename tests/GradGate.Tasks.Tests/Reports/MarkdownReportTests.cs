using System.Text.RegularExpressions;
using GradGate.Results;
using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class MarkdownReportTests
{
    [Fact]
    public void The_heading_gives_the_totals()
    {
        var markdown = Render(SampleRuns.Mixed);

        Assert.StartsWith("## GradGate MyChecks (net10.0): 8 checks, 1 passed, 1 warning, 2 failed, 3 errors, 1 skipped\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_one_row_per_check_with_its_verdict_worst_relative_error_and_duration()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var rows = ChecksTable(new MarkdownReport().Render(run));

        Assert.Equal(run.Checks.Select(check => new[] { check.Verdict.ToString(), check.Name }), rows.Select(row => row.Take(2).ToArray()));
        Assert.Equal(["4.20e-10", "3.20e-06", "4.10e-01", "NaN", "n/a", "n/a", "n/a", "n/a"], rows.Select(row => row[2]));
        Assert.Equal(["0.125 s", "0.0421 s", "1.5 s", "0.01 s", "60 s", "60 s", "60 s", "0 s"], rows.Select(row => row[3]));
    }

    [Fact]
    public void Failing_erroring_and_warning_checks_get_details_with_findings_blocks_and_worst_coordinates()
    {
        var markdown = Render(SampleRuns.Mixed);

        var sections = Sections(markdown);

        Assert.Equal(
            ["Warning: Sigmoid.Operator", "Failed: BrokenMlp.Loss", "Failed: Softmax.Overflow", "Error: Faulty.Threw", "Error: Faulty.Hangs", "Error: Faulty.Crashes"],
            sections.Keys);
        var broken = sections["Failed: BrokenMlp.Loss"];
        Assert.Contains("- GG0001 error: BrokenMlp.Loss: relative error 4.10e-01 on W1 is above the error threshold 1e-5;", broken, StringComparison.Ordinal);
        Assert.Contains("- GG0008 warning: BrokenMlp.Loss: 1 coordinate of b1 crossed a kink and was not judged.", broken, StringComparison.Ordinal);
        Assert.Contains("Declared at MyChecks/BrokenMlp.cs(42,5).", broken, StringComparison.Ordinal);
        Assert.Contains("| W1 | \\[2,3\\] | 4.10e-01 | 8.20e-01 | Failed | 6 | 0 |", broken, StringComparison.Ordinal);
        Assert.Contains("| b1 | \\[3\\] | 2.74e-09 | 5.48e-09 | Passed | 3 | 0 |", broken, StringComparison.Ordinal);
        Assert.Contains("| W1\\[1,2\\] | 0.12345678901234 | 0.25 | 3.39e-01 |", broken, StringComparison.Ordinal);
        Assert.Contains("**W1**: It differs only at 2 coordinates (W1\\[1,2\\], W1\\[0,0\\]) of the 6 checked; the others agree.", broken, StringComparison.Ordinal);
        Assert.Contains("- GG0009 error: Tanh.Backward threw InvalidOperationException: the cache is empty.<br>   at MyChecks.Tanh.Backward() in Tanh.cs:line 40", sections["Error: Faulty.Threw"], StringComparison.Ordinal);
        Assert.Contains("| logits\\[1\\] | Infinity | NaN | NaN |", sections["Failed: Softmax.Overflow"], StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_stay_in_their_cell_and_read_back_without_control_characters()
    {
        var run = SampleRuns.Create(SampleRuns.Hostile);

        var markdown = new MarkdownReport().Render(run);
        var rows = ChecksTable(markdown);

        Assert.Equal(run.Checks.Count, rows.Count);
        Assert.All(rows, row => Assert.Equal(4, row.Length));
        Assert.Equal(run.Checks.Select(check => check.Name.Replace(SampleRuns.HostileText, SampleRuns.HostileTextWithoutControls, StringComparison.Ordinal)), rows.Select(row => row[1]));
        Assert.DoesNotMatch(@"(?<!\\)[`|<>&*_\[]", string.Concat(Sections(markdown).Keys));
        Assert.DoesNotContain('\u0001', markdown);
        Assert.DoesNotContain('\u001b', markdown);
        Assert.DoesNotContain('\r', markdown);
    }

    [Fact]
    public void A_skipped_check_is_listed_with_its_reason()
    {
        var markdown = Render(SampleRuns.Mixed);

        Assert.Contains("Skipped:\n\n- Slow.Skipped: Too slow for every build; run with GradGateFilter.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bidirectional_controls_show_as_escapes_and_cannot_reorder_the_text()
    {
        // U+202E (right-to-left override) would show "Checks.Loss" reversed around it; U+200F and U+2066 are its cousins.
        var inline = MarkdownText.Inline("Checks.\u202ELoss\u200F and \u2066x\u2069");
        var xml = XmlSafeText.Clean("Checks.\u202ELoss\u200F");

        Assert.Equal("Checks.\\u202ELoss\\u200F and \\u2066x\\u2069", inline);
        Assert.Equal("Checks.\\u202ELoss\\u200F", xml);
        Assert.DoesNotContain(inline, BidiControls.Is);
    }

    [Fact]
    public void A_line_break_in_a_message_stays_inside_its_list_item()
    {
        var markdown = Render(SampleRuns.Hostile);

        var item = Assert.Single(markdown.Split('\n'), line => line.StartsWith("- GG0009 error: Boom", StringComparison.Ordinal));
        Assert.StartsWith("- GG0009 error: Boom  \\<tag\\> \\& \"x\"<br>second line ", item, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_checks_says_so_and_lists_why()
    {
        var markdown = Render(SampleRuns.NoTargets);

        Assert.Equal(
            "## GradGate MyChecks (net10.0): 0 checks\n\n"
            + "- GG0013 warning: MyChecks references GradGate but declares no \\[GradCheck\\] method; add one or remove the package.\n\n"
            + "No check ran.\n\n",
            markdown);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("one\ntwo\r\nthree\rfour", "one<br>two<br>three<br>four")]
    [InlineData("<script>&amp;", "\\<script\\>\\&amp;")]
    [InlineData("*bold* _it_ [l](u) ~s~ #h \\", "\\*bold\\* \\_it\\_ \\[l\\](u) \\~s\\~ \\#h \\\\")]
    [InlineData("tab\tbell\u0007del\u007f", "tab belldel")]
    [InlineData("Ünïcödé 日本語", "Ünïcödé 日本語")]
    public void Inline_text_escapes_markdown_syntax_and_line_breaks(string text, string expected)
        => Assert.Equal(expected, MarkdownText.Inline(text));

    private static string Render(string sample) => new MarkdownReport().Render(SampleRuns.Create(sample));

    /// <summary>The cells of each row of the checks table, unescaped: split on unescaped pipes, escapes and line breaks undone.</summary>
    private static List<string[]> ChecksTable(string markdown)
        => markdown.Split('\n')
            .SkipWhile(line => !line.StartsWith("| Verdict |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => Regex.Split(line.Trim('|'), @"(?<!\\)\|").Select(cell => Unescape(cell.Trim())).ToArray())
            .ToList();

    /// <summary>The text under each <c>###</c> heading, by heading.</summary>
    private static Dictionary<string, string> Sections(string markdown)
        => markdown.Split("\n### ").Skip(1)
            .ToDictionary(section => section[..section.IndexOf('\n', StringComparison.Ordinal)], section => section);

    private static string Unescape(string cell)
        => Regex.Replace(cell, @"\\(.)|<br>", match => match.Value == "<br>" ? "\n" : match.Groups[1].Value);
}
