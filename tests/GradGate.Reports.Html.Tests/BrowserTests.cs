using System.Text.Json;
using GradGate.Results;

namespace GradGate.Reports.Html.Tests;

/// <summary>
/// The HTML report of a BugHunt run (BugHunt's W1 factor-2 bug and wrong sigmoid, passes, a warning, a skip, a hostile
/// name) as headless Chromium renders it: no errors, every chart drawn with a size, the counts of the run, no injected script run.
/// </summary>
public sealed class BrowserTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void The_run_holds_what_the_report_must_show()
    {
        var verdicts = report.Run.Checks.Select(check => check.Verdict).ToList();
        Assert.Equal(2, verdicts.Count(verdict => verdict == Verdict.Failed));
        Assert.Contains(Verdict.Warning, verdicts);
        Assert.Contains(Verdict.Skipped, verdicts);
        Assert.True(verdicts.Count(verdict => verdict == Verdict.Passed) >= 2);
        var w1 = report.Run.Checks.SelectMany(check => check.Blocks).Single(block => block.Name == "W1");
        Assert.Equal(MismatchPatternKinds.Factor, w1.Pattern?.Kind);
    }

    [Fact]
    public void The_page_loads_without_a_console_error_an_exception_or_a_refused_resource()
        => Assert.Empty(report.Errors);

    [Fact]
    public void Each_check_with_blocks_has_a_bar_chart_with_a_bar_per_block_and_a_size()
    {
        var withBlocks = report.Run.Checks.Select((check, index) => (check, id: $"check-{index + 1}")).Where(pair => pair.check.Blocks.Count > 0).ToList();
        var charts = report.Measured.GetProperty("errorCharts").EnumerateArray().ToList();

        Assert.Equal(withBlocks.Select(pair => pair.id), charts.Select(chart => chart.GetProperty("check").GetString()));
        Assert.All(charts.Zip(withBlocks), pair =>
        {
            Assert.True(pair.First.GetProperty("width").GetDouble() > 100 && pair.First.GetProperty("height").GetDouble() > 50, pair.First.ToString());
            Assert.Equal(pair.Second.check.Blocks.Count, pair.First.GetProperty("bars").GetInt32());
        });
    }

    [Fact]
    public void Each_check_with_sampled_values_has_a_scatter_plot_with_a_point_per_value_and_a_size()
    {
        var plots = report.Measured.GetProperty("scatterPlots").EnumerateArray().ToDictionary(plot => plot.GetProperty("check").GetString()!);
        var sampled = report.Run.Checks.Select((check, index) => (check, id: $"check-{index + 1}")).Where(pair => pair.check.Blocks.Any(block => block.Sample.Count > 0)).ToList();

        Assert.Equal(sampled.Select(pair => pair.id).Order(), plots.Keys.Order());
        Assert.All(sampled, pair =>
        {
            var plot = plots[pair.id];
            Assert.True(plot.GetProperty("width").GetDouble() > 100 && plot.GetProperty("height").GetDouble() > 100, plot.ToString());
            Assert.Equal(pair.check.Blocks.Sum(block => block.Sample.Count), plot.GetProperty("points").GetInt32());
        });
    }

    [Fact]
    public void The_summary_counts_and_rows_match_the_run()
    {
        var counts = report.Measured.GetProperty("counts");
        var checks = report.Run.Checks;

        Assert.Equal(checks.Count, counts.GetProperty("total").GetInt32());
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Assert.Equal(checks.Count(check => check.Verdict == verdict), counts.GetProperty(verdict.ToString().ToLowerInvariant()).GetInt32());
        }

        Assert.Equal(checks.Select(check => check.Verdict.ToString().ToLowerInvariant()), report.Measured.GetProperty("summaryRows").EnumerateArray().Select(row => row.GetString()));
    }

    [Fact]
    public void A_script_in_a_check_name_or_block_name_is_shown_as_text_and_never_runs()
    {
        Assert.False(report.Measured.GetProperty("pwned").GetBoolean());
        Assert.Equal(0, report.Measured.GetProperty("scripts").GetInt32());
        var heading = Assert.Single(report.Measured.GetProperty("headings").EnumerateArray(), heading => heading.GetString()!.Contains("<script>"));

        // The right-to-left override is shown as its escape, so it cannot reorder the name.
        Assert.Contains("<script>window.__gradgatePwned = 1</script>\\u202Eevil", heading.GetString());
    }

    [Fact]
    public void Every_code_links_to_its_explanation_in_the_page()
        => Assert.True(report.Measured.GetProperty("codeLinksResolve").GetBoolean());

    [Fact]
    public void A_full_page_screenshot_is_saved_for_people_to_look_at()
    {
        var png = File.ReadAllBytes(report.ScreenshotPath);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.True(png.Length > 20_000, $"{report.ScreenshotPath} is only {png.Length} bytes.");
    }
}
