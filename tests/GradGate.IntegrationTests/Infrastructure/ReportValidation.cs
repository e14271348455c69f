using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GradGate.Tasks.Tests.Reports;
using GradGate.Tasks.Tests.Reports.Sarif;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Validates the reports a real build wrote against the shipped JSON Schema, the Ant JUnit schema and the SARIF 2.1.0 schema.</summary>
internal static class ReportValidation
{
    /// <summary>The testcase attributes GradGate adds to the Ant schema (GitLab and the GitHub report actions read them).</summary>
    private static readonly string[] JUnitExtensions = ["file", "line"];

    private static readonly Lazy<XmlSchemaSet> AntSchema = new(() =>
    {
        var schemas = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(RepositoryPaths.Root, "tests", "GradGate.Tasks.Tests", "Reports", "Schemas", "JUnit.xsd"));
        schemas.Add(targetNamespace: null, reader);
        schemas.Compile();
        return schemas;
    });

    /// <summary>
    /// Fails the test when a JSON or JUnit report written under <paramref name="directory"/> since <paramref name="sinceUtc"/>
    /// does not match its schema: whatever a test asserts, no build of the suite may write a report that breaks its contract.
    /// </summary>
    public static void AssertReportsUnderMatchTheirSchemas(string directory, DateTime sinceUtc)
    {
        var written = Directory.EnumerateFiles(directory, "gradgate.*", SearchOption.AllDirectories)
            .Where(path => File.GetLastWriteTimeUtc(path) >= sinceUtc.AddSeconds(-1));
        foreach (var report in written)
        {
            var errors = Path.GetFileName(report) switch
            {
                "gradgate.json" => JsonSchemaErrors(report),
                "gradgate.junit.xml" => JUnitSchemaErrors(report),
                "gradgate.sarif" => SarifTools.SchemaErrors(report),
                _ => [],
            };
            Assert.True(errors.Count == 0, $"{report} breaks its schema:\n{string.Join("\n", errors)}");
        }
    }

    public static IReadOnlyList<string> JsonSchemaErrors(string reportPath)
    {
        var schema = JsonSchemaValidator.Load(Path.Combine(RepositoryPaths.Root, "build", "gradgate.schema.json"));
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        return schema.Validate(report.RootElement);
    }

    public static IReadOnlyList<string> JUnitSchemaErrors(string reportPath)
    {
        var document = XDocument.Load(reportPath);
        document.Descendants("testcase").Attributes().Where(attribute => JUnitExtensions.Contains(attribute.Name.LocalName)).Remove();
        document.Descendants("testcase").Elements("system-out").Remove(); // a check's own findings: read by every dashboard, not in the Ant schema
        var errors = new List<string>();
        document.Validate(AntSchema.Value, (_, error) => errors.Add($"{error.Severity}: {error.Message}"));
        return errors;
    }
}
