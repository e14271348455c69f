using GradGate.Results;

namespace GradGate.Reports.Html.Tests;

/// <summary>The page as text: self-contained, escaped, complete; the browser tests show how it renders.</summary>
public sealed class HtmlReportDocumentTests
{
    private static readonly string Page = HtmlReportDocument.Render(BugHuntRun.Instance);

    [Fact]
    public void The_page_forbids_scripts_and_loads_nothing_from_anywhere()
    {
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", Page);
        Assert.DoesNotContain("<script", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Names_from_user_code_are_escaped_and_bidi_controls_shown_as_escapes()
    {
        Assert.Contains("&lt;script&gt;window.__gradgatePwned = 1&lt;/script&gt;\\u202Eevil", Page);
        Assert.Contains("b&lt;/text&gt;&lt;script&gt;window.__gradgatePwned = 2&lt;/script&gt;", Page);
        Assert.DoesNotContain('\u202E', Page);
    }

    [Theory]
    [InlineData("a\"b'c&d", "a&quot;b&#39;c&amp;d")]
    [InlineData("esc\u001b[31mred", "esc[31mred")]
    [InlineData("left\u2067right\u200F", "left\\u2067right\\u200F")]
    [InlineData("line\nbreak\ttab", "line\nbreak\ttab")]
    public void Escaping_covers_attributes_control_characters_bidi_controls_and_lone_surrogates(string text, string expected)
        => Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void A_surrogate_pair_is_kept_and_a_lone_surrogate_dropped()
        => Assert.Equal("pair \uD83D\uDE00 lone  end", HtmlText.Escape("pair \uD83D\uDE00 lone " + '\uD83D' + " end"));

    [Fact]
    public void A_skipped_check_shows_its_reason()
        => Assert.Contains("Skipped: Waiting for the fused kernel", Page);

    [Fact]
    public void Each_code_shown_is_explained_from_the_docs_code_table()
    {
        Assert.Contains("<div id=\"code-GG0001\"><dt><code>GG0001</code></dt><dd>Analytic and numeric gradients disagree above the error threshold.", Page);
        Assert.Contains("id=\"code-GG0002\"", Page);
    }

    [Fact]
    public void A_run_without_checks_says_so()
    {
        var page = HtmlReportDocument.Render(new RunResult { AssemblyName = "Empty", ToolVersion = "0.1.0" });

        Assert.Contains("No check ran.", page);
        Assert.DoesNotContain("class=\"chart", page);
    }

    [Fact]
    public void An_errored_check_a_non_finite_block_and_a_run_finding_are_shown_in_their_colours()
    {
        var run = new RunResult
        {
            AssemblyName = "Broken",
            ToolVersion = "0.1.0",
            RunFindings = [new Finding { Code = DiagnosticCodes.RunnerCrashed, Severity = Severity.Error, Message = "The runner died." }],
            Checks =
            [
                new CheckResult { Name = "Checks.Throws", Verdict = Verdict.Error, Findings = [new Finding { Code = DiagnosticCodes.CheckThrew, Severity = Severity.Error, Message = "boom" }] },
                new CheckResult
                {
                    Name = "Checks.Overflows",
                    Verdict = Verdict.Failed,
                    Settings = new CheckSettings { WarningThreshold = 1e-7, ErrorThreshold = 1e-5 },
                    Blocks = [new BlockResult { Name = "w", RelativeError = double.NaN, Verdict = Verdict.Failed }, new BlockResult { Name = "b", Verdict = Verdict.Failed }],
                },
            ],
        };

        var page = HtmlReportDocument.Render(run);

        Assert.Contains("<title>GradGate Broken: failed</title>", page);
        Assert.Contains("<section class=\"card run-findings\"><h2>About the run</h2>", page);
        Assert.Contains("<span class=\"pill v-error\">error</span> Checks.Throws", page);
        Assert.Contains("class=\"bar bar-nonfinite v-failed\"", page);
        Assert.Contains(">NaN</text>", page);
        Assert.Contains("class=\"bar bar-missing\"", page);
        Assert.Contains("No coordinate values to plot", page);
        Assert.Contains("id=\"code-GG0011\"", page);
    }

    [Theory]
    [InlineData(new[] { 3, 4 }, 7, "W1[1,3]")]
    [InlineData(new[] { 5 }, 4, "W1[4]")]
    [InlineData(new[] { 2, 3, 4 }, 23, "W1[1,2,3]")]
    [InlineData(new int[0], 0, "W1")]
    public void Sampled_coordinates_are_labelled_by_their_index_in_the_blocks_shape(int[] shape, int flatIndex, string label)
        => Assert.Equal(label, CoordinateLabels.Of("W1", shape, flatIndex));
}
