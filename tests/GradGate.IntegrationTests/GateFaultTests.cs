using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

[Collection(PackageCollection.Name)]
public sealed class GateFaultTests(PackageFixture package)
{
    [Fact]
    public void Throwing_hanging_and_process_killing_checks_get_their_own_codes_and_the_rest_still_report()
    {
        var project = TestProject.Create(package, "Faulty").WriteFile("FaultyChecks.cs", CheckSources.FaultyChecks);

        var build = project.Build("-p:GradGateTimeout=3");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(build.WithCode("GG0009"), d => d.Message.Contains("Throws") && d.Message.Contains("the model file is missing"));
        Assert.Contains(build.WithCode("GG0010"), d => d.Message.Contains("Hangs"));
        Assert.Contains(build.WithCode("GG0011"), d => d.Message.Contains("KillsTheProcess"));

        using var report = project.ReadJsonReport();
        var verdicts = report.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("methodName").GetString()!, check => check.GetProperty("verdict").GetString());
        Assert.Equal("error", verdicts["Throws"]);
        Assert.Equal("error", verdicts["Hangs"]);
        Assert.Equal("error", verdicts["KillsTheProcess"]);
        Assert.Equal("passed", verdicts["Healthy"]);

        var reports = project.ReportDirectory();
        Assert.Empty(ReportValidation.JsonSchemaErrors(Path.Combine(reports, "gradgate.json")));
        Assert.Empty(ReportValidation.JUnitSchemaErrors(Path.Combine(reports, "gradgate.junit.xml")));
        var suite = XDocument.Load(Path.Combine(reports, "gradgate.junit.xml")).Descendants("testsuite").Single();
        Assert.Equal(("4", "3", "0"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("errors"), (string?)suite.Attribute("failures")));
        var markdown = File.ReadAllText(Path.Combine(reports, "gradgate.md"));
        Assert.All(verdicts.Keys, method => Assert.Contains(method, markdown));
    }

    [Fact]
    public void Every_bad_property_value_gets_its_configuration_error()
    {
        var project = TestProject.Create(package, "BadSettings").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build(
            "-p:GradGateErrorThreshold=tiny",
            "-p:GradGateWarningThreshold=-1",
            "-p:GradGateEpsilon=0",
            "-p:GradGateTimeout=soon",
            "-p:GradGateMode=quick");

        Assert.False(build.Succeeded, build.ToString());
        var configurationErrors = build.WithCode("GG0012").ToList();
        foreach (var property in new[] { "GradGateErrorThreshold", "GradGateWarningThreshold", "GradGateEpsilon", "GradGateTimeout", "GradGateMode" })
        {
            Assert.Contains(configurationErrors, error => error.Message.Contains(property));
        }
    }

    [Fact]
    public void A_warning_threshold_above_the_error_threshold_is_a_configuration_error()
    {
        var project = TestProject.Create(package, "SwappedThresholds").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build("-p:GradGateErrorThreshold=1e-6", "-p:GradGateWarningThreshold=1e-3");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(build.WithCode("GG0012"), error => error.Message.Contains("GradGateWarningThreshold"));
    }

    [Fact]
    public void An_unknown_report_format_is_a_configuration_error()
    {
        var project = TestProject.Create(package, "BadFormat").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build("-p:GradGateReportFormats=junit%3Bpdf");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(build.WithCode("GG0012"), error => error.Message.Contains("pdf") && error.Message.Contains("GradGateReportFormats"));
    }
}
