using System.Globalization;
using System.Text;
using System.Xml;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// <c>gradgate.junit.xml</c>: one <c>testsuite</c> for the run and one <c>testcase</c> per check, in the shape of
/// the Apache Ant JUnit schema that GitHub, GitLab, Azure DevOps and Jenkins read. Beyond that schema, each
/// <c>testcase</c> carries the <c>file</c> and <c>line</c> of its check, which GitLab and the GitHub report
/// actions show, and a check that passed or warned with findings carries them in its own <c>system-out</c> (as Jenkins,
/// GitLab, Azure DevOps and the GitHub report actions read it), so a warned check shows its warning on its own row.
/// Per-check figures are suite properties named <c>&lt;check id&gt;.&lt;figure&gt;</c>, because the schema has no
/// properties on a test case.
/// </summary>
internal sealed class JUnitReport : IReport
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CheckCharacters = true,
    };

    public string FormatName => ReportFormats.JUnit;

    public string FileName => "gradgate.junit.xml";

    public string Render(RunResult run)
    {
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            WriteSuite(xml, run);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    private static void WriteSuite(XmlWriter xml, RunResult run)
    {
        var counts = VerdictCounts.Of(run);
        var runErrors = run.RunFindings.Where(finding => finding.Severity == Severity.Error).ToList();

        xml.WriteStartElement("testsuite");
        WriteAttribute(xml, "name", run.TargetFramework is null ? PackageName(run) : $"{PackageName(run)} ({run.TargetFramework})");
        WriteAttribute(xml, "package", PackageName(run));
        WriteAttribute(xml, "id", "0");
        WriteAttribute(xml, "hostname", HostName());
        WriteAttribute(xml, "timestamp", run.StartedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        WriteAttribute(xml, "tests", Figures.Exact(counts.Total + runErrors.Count));
        WriteAttribute(xml, "failures", Figures.Exact(counts.Failed));
        WriteAttribute(xml, "errors", Figures.Exact(counts.Error + runErrors.Count));
        WriteAttribute(xml, "skipped", Figures.Exact(counts.Skipped));
        WriteAttribute(xml, "time", Figures.Seconds(run.DurationSeconds));

        WriteProperties(xml, run);
        foreach (var check in run.Checks)
        {
            WriteCase(xml, check);
        }

        foreach (var finding in runErrors)
        {
            WriteRunErrorCase(xml, run, finding);
        }

        WriteElement(xml, "system-out", SystemOut(run));
        WriteElement(xml, "system-err", "");
        xml.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter xml, RunResult run)
    {
        xml.WriteStartElement("properties");
        foreach (var property in JUnitProperties.Of(run))
        {
            xml.WriteStartElement("property");
            WriteAttribute(xml, "name", property.Key);
            WriteAttribute(xml, "value", property.Value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, CheckResult check)
    {
        xml.WriteStartElement("testcase");
        WriteAttribute(xml, "name", check.Name.Length > 0 ? check.Name : check.Id);
        WriteAttribute(xml, "classname", check.ClassName);
        WriteAttribute(xml, "time", Figures.Seconds(check.DurationSeconds));
        if (check.Source is { } source)
        {
            WriteAttribute(xml, "file", source.File);
            WriteAttribute(xml, "line", Figures.Exact(source.Line));
        }

        switch (check.Verdict)
        {
            case Verdict.Failed:
                WriteProblem(xml, "failure", check, DiagnosticCodes.GradientMismatch);
                break;
            case Verdict.Error:
                WriteProblem(xml, "error", check, DiagnosticCodes.CheckThrew);
                break;
            case Verdict.Skipped:
                xml.WriteStartElement("skipped");
                WriteAttribute(xml, "message", SkipMessage(check));
                xml.WriteEndElement();
                break;
            case Verdict.Passed or Verdict.Warning when check.Findings.Count > 0:
                // No failure element carries these: the check's own output does, on its own row.
                WriteElement(xml, "system-out", string.Join("\n", check.Findings.Select(CheckText.FindingLine)));
                break;
        }

        xml.WriteEndElement();
    }

    /// <summary>A <c>failure</c> or <c>error</c> typed by the worst finding's code, its text the whole description.</summary>
    private static void WriteProblem(XmlWriter xml, string element, CheckResult check, string codeWithoutFindings)
    {
        var worst = check.Findings.FirstOrDefault(finding => finding.Severity == Severity.Error) ?? check.Findings.FirstOrDefault();
        xml.WriteStartElement(element);
        WriteAttribute(xml, "message", worst?.Message ?? CheckText.Headline(check));
        WriteAttribute(xml, "type", worst?.Code ?? codeWithoutFindings);
        xml.WriteString(XmlSafeText.Clean(CheckText.Describe(check)));
        xml.WriteEndElement();
    }

    /// <summary>A run that could not check anything (no runtime, bad configuration) must not look green in a dashboard.</summary>
    private static void WriteRunErrorCase(XmlWriter xml, RunResult run, Finding finding)
    {
        xml.WriteStartElement("testcase");
        WriteAttribute(xml, "name", $"GradGate run ({finding.Code})");
        WriteAttribute(xml, "classname", PackageName(run));
        WriteAttribute(xml, "time", "0");
        xml.WriteStartElement("error");
        WriteAttribute(xml, "message", finding.Message);
        WriteAttribute(xml, "type", finding.Code);
        xml.WriteString(XmlSafeText.Clean(CheckText.FindingLine(finding)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// The run's own warnings and messages, which belong to no check: short, since a dashboard that shows the suite's
    /// output shows it under every case. A check's findings are on its own test case.
    /// </summary>
    private static string SystemOut(RunResult run)
        => string.Join("\n", run.RunFindings.Where(finding => finding.Severity != Severity.Error).Select(CheckText.FindingLine));

    private static string SkipMessage(CheckResult check)
        => check.SkipReason
            ?? check.Findings.FirstOrDefault(finding => finding.Code == DiagnosticCodes.Skipped)?.Message
            ?? "Skipped by its [GradCheck] attribute.";

    /// <summary>The schema wants a non-empty token here.</summary>
    private static string PackageName(RunResult run) => run.AssemblyName.Trim().Length > 0 ? run.AssemblyName : "GradGate";

    /// <summary>The schema asks for <c>localhost</c> when the host name cannot be determined.</summary>
    private static string HostName()
        => Environment.MachineName.Trim().Length > 0 ? Environment.MachineName : "localhost";

    private static void WriteAttribute(XmlWriter xml, string name, string value)
        => xml.WriteAttributeString(name, XmlSafeText.Clean(value));

    private static void WriteElement(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name);
        xml.WriteString(XmlSafeText.Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>Lets the XML declaration say utf-8, which is how the file is written.</summary>
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => WriterSettings.Encoding;
    }
}
