using System.Reflection;
using System.Text.RegularExpressions;
using GradGate.Results;
using GradGate.Tasks.Tests.Reports;

namespace GradGate.Tasks.Tests;

/// <summary>The documentation keeps up with the code: every diagnostic code has its row, and every page README links to exists.</summary>
public sealed partial class DocumentationTests
{
    [Fact]
    public void Every_diagnostic_code_has_a_row_in_the_codes_table_and_the_table_no_code_that_does_not_exist()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).Order().ToList();

        var documented = File.ReadLines(RepositoryFiles.Docs("diagnostics.md"))
            .Select(line => CodeRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["code"].Value)
            .ToList();

        Assert.Equal(codes, documented);
    }

    [Fact]
    public void Every_local_page_the_readme_links_to_exists()
    {
        var links = LocalLink().Matches(File.ReadAllText(RepositoryFiles.Readme)).Select(match => match.Groups["target"].Value).Distinct().ToList();

        Assert.Contains("docs/reliability.md", links);
        Assert.All(links.Where(link => !link.StartsWith('#')), link => Assert.True(File.Exists(RepositoryFiles.PathOf(link.Split('#')[0].Split('/'))), $"README links to {link}, which does not exist."));
    }

    [Fact]
    public void Every_section_the_readme_links_to_within_itself_is_one_of_its_headings()
    {
        var readme = File.ReadAllText(RepositoryFiles.Readme);
        var anchors = Heading().Matches(readme)
            .Select(match => "#" + string.Concat(match.Groups["title"].Value.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-'))
            .ToHashSet();
        var links = LocalLink().Matches(readme).Select(match => match.Groups["target"].Value).Where(link => link.StartsWith('#')).Distinct().ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(anchors.Contains(link), $"README links to {link}, but no heading of README makes that anchor."));
    }

    [GeneratedRegex(@"^#{1,6} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| (?<code>GG\d{4}) \|")]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"\]\((?<target>(?!https?:)[^)\s]+)\)")]
    private static partial Regex LocalLink();
}
