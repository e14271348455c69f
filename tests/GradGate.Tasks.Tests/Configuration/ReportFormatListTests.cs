using GradGate.Gate.Configuration;

namespace GradGate.Tasks.Tests.Configuration;

public sealed class ReportFormatListTests
{
    [Fact]
    public void Known_names_are_kept_once_in_order_ignoring_case_and_spaces()
    {
        var problems = new List<ConfigurationProblem>();

        var formats = ReportFormatList.Parse(" JUnit ;json;;junit; Markdown", problems);

        Assert.Empty(problems);
        Assert.Equal(["junit", "json", "markdown"], formats);
    }

    [Fact]
    public void Empty_asks_for_no_report()
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Empty(ReportFormatList.Parse("", problems));
        Assert.Empty(ReportFormatList.Parse(null, problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Each_unknown_name_is_a_problem_listing_the_accepted_ones_and_the_known_names_are_still_kept()
    {
        var problems = new List<ConfigurationProblem>();

        var formats = ReportFormatList.Parse("json;xml;pdf", problems);

        Assert.Equal(["json"], formats);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.Equal("GradGateReportFormats", problem.Property));
        Assert.Contains("'xml'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'pdf'", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("json, junit, markdown", problems[0].Message, StringComparison.Ordinal);
    }
}
