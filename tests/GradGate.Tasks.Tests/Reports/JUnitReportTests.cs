using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GradGate.Results;
using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class JUnitReportTests
{
    /// <summary>The two testcase attributes GradGate adds to the Ant schema; GitLab and the GitHub report actions read them.</summary>
    private static readonly string[] ExtensionAttributes = ["file", "line"];

    private static readonly Lazy<XmlSchemaSet> AntSchema = new(LoadAntSchema);

    [Theory]
    [MemberData(nameof(SampleRuns.Names), MemberType = typeof(SampleRuns))]
    public void Every_report_is_valid_against_the_Ant_JUnit_schema_apart_from_file_and_line(string sample)
    {
        var document = Render(SampleRuns.Create(sample));

        var withoutExtensions = new XDocument(document);
        withoutExtensions.Descendants("testcase").Attributes().Where(attribute => ExtensionAttributes.Contains(attribute.Name.LocalName)).Remove();
        withoutExtensions.Descendants("testcase").Elements("system-out").Remove(); // read by every dashboard, but not in the Ant schema

        Assert.Empty(SchemaErrors(withoutExtensions));
    }

    [Fact]
    public void The_schema_check_rejects_a_suite_without_its_hostname()
    {
        var document = Render(SampleRuns.Create(SampleRuns.Mixed));
        Suite(document).Attribute("hostname")!.Remove();
        document.Descendants("testcase").Attributes().Where(attribute => ExtensionAttributes.Contains(attribute.Name.LocalName)).Remove();

        Assert.Contains(SchemaErrors(document), error => error.Contains("hostname", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleRuns.Names), MemberType = typeof(SampleRuns))]
    public void Every_report_has_each_element_and_attribute_the_schema_requires_in_its_order(string sample)
    {
        var suite = Suite(Render(SampleRuns.Create(sample)));

        foreach (var attribute in new[] { "name", "package", "id", "hostname", "timestamp", "tests", "failures", "errors", "time" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)suite.Attribute(attribute)), $"testsuite has no {attribute}");
        }

        var elements = suite.Elements().Select(element => element.Name.LocalName).Where(name => name != "testcase").ToList();
        Assert.Equal(["properties", "system-out", "system-err"], elements);
        Assert.All(suite.Elements("testcase"), testcase =>
        {
            Assert.NotNull(testcase.Attribute("name"));
            Assert.NotNull(testcase.Attribute("classname"));
            Assert.Matches(@"^[0-9]+(\.[0-9]+)?$", (string)testcase.Attribute("time")!);
        });
    }

    [Fact]
    public void The_suite_counts_and_names_the_run()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var suite = Suite(Render(run));

        Assert.Equal("MyChecks (net10.0)", (string?)suite.Attribute("name"));
        Assert.Equal("MyChecks", (string?)suite.Attribute("package"));
        Assert.Equal("0", (string?)suite.Attribute("id"));
        Assert.Equal("2025-03-14T15:09:26", (string?)suite.Attribute("timestamp"));
        Assert.Equal(8, (int)suite.Attribute("tests")!);
        Assert.Equal(2, (int)suite.Attribute("failures")!);
        Assert.Equal(3, (int)suite.Attribute("errors")!);
        Assert.Equal(1, (int)suite.Attribute("skipped")!);
        Assert.Equal(run.DurationSeconds, (double)suite.Attribute("time")!);
        Assert.Equal(run.Checks.Count, suite.Elements("testcase").Count());
    }

    [Fact]
    public void Each_check_is_a_testcase_with_its_class_name_time_and_source()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var testcases = Suite(Render(run)).Elements("testcase").ToList();

        Assert.Equal(run.Checks.Count, testcases.Count);
        foreach (var (check, testcase) in run.Checks.Zip(testcases))
        {
            Assert.Equal(check.Name, (string?)testcase.Attribute("name"));
            Assert.Equal(check.ClassName, (string?)testcase.Attribute("classname"));
            Assert.Equal(check.DurationSeconds, (double)testcase.Attribute("time")!);
            Assert.Equal(check.Source!.File, (string?)testcase.Attribute("file"));
            Assert.Equal(check.Source.Line, (int)testcase.Attribute("line")!);
        }
    }

    [Fact]
    public void Each_verdict_maps_to_its_JUnit_outcome_typed_by_the_worst_code()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var testcases = Suite(Render(run)).Elements("testcase").ToList();

        foreach (var (check, testcase) in run.Checks.Zip(testcases))
        {
            var outcome = testcase.Elements().SingleOrDefault(element => element.Name.LocalName != "system-out");
            switch (check.Verdict)
            {
                case Verdict.Passed or Verdict.Warning:
                    Assert.Null(outcome);
                    break;
                case Verdict.Skipped:
                    Assert.Equal("skipped", outcome!.Name.LocalName);
                    Assert.Equal(check.SkipReason, (string?)outcome.Attribute("message"));
                    break;
                default:
                    Assert.Equal(check.Verdict == Verdict.Failed ? "failure" : "error", outcome!.Name.LocalName);
                    Assert.Equal(check.Findings[0].Code, (string?)outcome.Attribute("type"));
                    Assert.Equal(check.Findings[0].Message, (string?)outcome.Attribute("message"));
                    break;
            }
        }

        var codes = testcases.SelectMany(testcase => testcase.Elements()).Select(outcome => (string?)outcome.Attribute("type")).OfType<string>();
        Assert.Equal(["GG0001", "GG0003", "GG0009", "GG0010", "GG0011"], codes);
    }

    [Fact]
    public void A_failure_lists_every_block_with_its_relative_error_and_worst_coordinates()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var check = run.Checks.Single(candidate => candidate.Name == "BrokenMlp.Loss");

        var failure = Suite(Render(run)).Elements("testcase").Single(testcase => (string?)testcase.Attribute("name") == check.Name).Element("failure")!;
        var lines = failure.Value.Split('\n');

        Assert.Contains("Declared at MyChecks/BrokenMlp.cs(42,5).", lines);
        Assert.Contains(lines, line => line.StartsWith("Block W1 [2,3]: relative error 4.10e-01 (failed)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Block b1 [3]: relative error 2.74e-09 (passed)", StringComparison.Ordinal));
        Assert.Contains("  W1[1,2]: analytic 0.12345678901234 vs numeric 0.25, relative error 3.39e-01", lines);
        Assert.Contains("  W1[0,0]: analytic -1.5 vs numeric -1.25, relative error 9.09e-02", lines);
        Assert.Equal(check.Findings.Select(finding => $"{finding.Code} {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}"), lines.Take(check.Findings.Count));
    }

    [Fact]
    public void Per_check_figures_are_suite_properties_that_read_back_exactly()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var properties = Properties(Render(run));

        foreach (var check in run.Checks.Where(check => check.Settings is not null))
        {
            Assert.Equal(check.Verdict.ToString().ToLowerInvariant(), properties[$"{check.Id}.verdict"]);
            Assert.Equal(check.Settings!.DType, properties[$"{check.Id}.dtype"]);
            Assert.Equal(check.Settings.Epsilon, ParseDouble(properties[$"{check.Id}.epsilon"]));
            Assert.Equal(check.Settings.Seed, int.Parse(properties[$"{check.Id}.seed"], CultureInfo.InvariantCulture));
            Assert.Equal(check.Settings.ErrorThreshold, ParseDouble(properties[$"{check.Id}.errorThreshold"]));
            Assert.Equal(check.Settings.WarningThreshold, ParseDouble(properties[$"{check.Id}.warningThreshold"]));
        }

        foreach (var check in run.Checks.Where(check => check.RelativeError is not null))
        {
            Assert.Equal(check.RelativeError!.Value, ParseDouble(properties[$"{check.Id}.relativeError"]));
        }

        Assert.Equal("NaN", properties["MyChecks.Softmax.Overflow.relativeError"]);
        Assert.Equal("Infinity", properties["MyChecks.Softmax.Overflow.maxElementRelativeError"]);
        Assert.Equal("GG0001,GG0008", properties["MyChecks.BrokenMlp.Loss.codes"]);
        Assert.Equal("0.1.0", properties["gradgate.toolVersion"]);
        Assert.Equal(1e-5, ParseDouble(properties["gradgate.errorThreshold"]));
        Assert.False(properties.ContainsKey("gradgate.epsilon"), "a build-wide epsilon the build did not set is not reported as one");
    }

    [Fact]
    public void A_warning_check_passes_with_its_warning_in_its_own_system_out()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var warning = run.Checks.Single(check => check.Verdict == Verdict.Warning);

        var suite = Suite(Render(run));

        // The warning is on the warned check's own row, where GitLab, Azure DevOps, Jenkins and the GitHub report actions show it.
        var testcase = suite.Elements("testcase").Single(testcase => (string?)testcase.Attribute("name") == warning.Name);
        Assert.Equal(["system-out"], testcase.Elements().Select(element => element.Name.LocalName));
        Assert.Contains($"GG0002 warning: {warning.Findings[0].Message}", testcase.Element("system-out")!.Value.Split('\n'));
        // The suite's own output keeps the run's findings only: it shows under every case.
        var systemOut = suite.Element("system-out")!.Value.Split('\n');
        Assert.Equal([$"GG0012 warning: {run.RunFindings[0].Message}"], systemOut);
    }

    [Fact]
    public void A_run_that_could_not_check_anything_is_an_error_testcase_not_an_empty_green_suite()
    {
        var run = SampleRuns.Create(SampleRuns.RuntimeUnavailable);

        var suite = Suite(Render(run));

        Assert.Equal(1, (int)suite.Attribute("tests")!);
        Assert.Equal(1, (int)suite.Attribute("errors")!);
        var error = suite.Element("testcase")!.Element("error")!;
        Assert.Equal(DiagnosticCodes.RuntimeUnavailable, (string?)error.Attribute("type"));
        Assert.Equal(run.RunFindings[0].Message, (string?)error.Attribute("message"));
    }

    [Fact]
    public void Markup_quotes_non_ASCII_text_and_control_characters_survive_as_text_or_are_removed()
    {
        var run = SampleRuns.Create(SampleRuns.Hostile);

        var suite = Suite(Render(run));

        Assert.Equal("My<Checks>&Co (net10.0)", (string?)suite.Attribute("name"));
        Assert.Equal(SampleRuns.HostileTextWithoutControls, Properties(suite.Document!)["gradgate.filter"]);
        var testcases = suite.Elements("testcase").ToList();
        Assert.All(testcases, testcase => Assert.Equal(SampleRuns.HostileTextWithoutControls, (string?)testcase.Attribute("classname")));
        Assert.Equal($"{SampleRuns.HostileTextWithoutControls} Loss", (string?)testcases[0].Attribute("name"));
        Assert.Equal("src/Prüfungen & Co/Checks <1>.cs", (string?)testcases[0].Attribute("file"));
        Assert.Contains($"Block {SampleRuns.HostileTextWithoutControls} [2,3]", testcases[0].Element("failure")!.Value, StringComparison.Ordinal);
        Assert.Equal($"Boom  <tag> & \"x\"\r\nsecond line {SampleRuns.HostileTextWithoutControls}", (string?)testcases[2].Element("error")!.Attribute("message"));
        Assert.Equal(SampleRuns.HostileTextWithoutControls, (string?)testcases[3].Element("skipped")!.Attribute("message"));
    }

    [Fact]
    public void Numbers_do_not_follow_the_build_machine_culture()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var invariant = new JUnitReport().Render(run);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("4,25", run.DurationSeconds.ToString(CultureInfo.CurrentCulture));
            Assert.Equal(invariant, new JUnitReport().Render(run));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("bell\u0007 escape\u001b null\0 end", "bell escape null end")]
    [InlineData("pair 🧪 kept", "pair 🧪 kept")]
    [InlineData("not characters \ufffe\uffff", "not characters ")]
    public void Xml_text_drops_exactly_what_XML_1_0_cannot_hold(string text, string expected)
        => Assert.Equal(expected, XmlSafeText.Clean(text));

    [Fact]
    public void Xml_text_drops_unpaired_surrogates_and_keeps_pairs()
    {
        // Built in code: an attribute argument cannot carry an unpaired surrogate into the test assembly.
        var text = "high \ud800 low \udc00 reversed \udc00\ud800 pair \ud83e\uddea";

        Assert.Equal("high  low  reversed  pair \ud83e\uddea", XmlSafeText.Clean(text));
    }

    private static XDocument Render(RunResult run)
    {
        var xml = new JUnitReport().Render(run);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        return XDocument.Parse(xml);
    }

    private static XElement Suite(XDocument document)
    {
        Assert.Equal("testsuites", document.Root!.Name.LocalName);
        return Assert.Single(document.Root.Elements("testsuite"));
    }

    private static Dictionary<string, string> Properties(XDocument document)
        => Suite(document).Element("properties")!.Elements("property")
            .ToDictionary(property => (string)property.Attribute("name")!, property => (string)property.Attribute("value")!);

    private static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string> SchemaErrors(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(AntSchema.Value, (_, error) => errors.Add($"{error.Severity}: {error.Message}"));
        return errors;
    }

    private static XmlSchemaSet LoadAntSchema()
    {
        var schemas = new XmlSchemaSet();
        using var reader = XmlReader.Create(RepositoryFiles.JUnitXsd);
        schemas.Add(targetNamespace: null, reader);
        schemas.Compile();
        return schemas;
    }
}
