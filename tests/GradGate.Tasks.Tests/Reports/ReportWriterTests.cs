using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class ReportWriterTests
{
    [Fact]
    public void Every_format_is_written_under_its_file_name_into_a_folder_created_for_it()
    {
        using var temporary = new TemporaryDirectory();
        var directory = Path.Combine(temporary.Path, "obj", "gradgate", "net10.0");
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var written = ReportWriter.Write(run, directory, [ReportFormats.Json, ReportFormats.JUnit, ReportFormats.Markdown]);

        Assert.Equal(
            [Path.Combine(directory, "gradgate.json"), Path.Combine(directory, "gradgate.junit.xml"), Path.Combine(directory, "gradgate.md")],
            written);
        Assert.Equal(new JsonReport().Render(run), File.ReadAllText(written[0]));
        Assert.Equal(new JUnitReport().Render(run), File.ReadAllText(written[1]));
        Assert.Equal(new MarkdownReport().Render(run), File.ReadAllText(written[2]));
    }

    [Fact]
    public void A_sharded_run_names_its_reports_with_the_shard_so_the_artifacts_of_a_job_matrix_never_collide()
    {
        using var temporary = new TemporaryDirectory();
        var run = SampleRuns.Create(SampleRuns.Mixed);
        run.Shard = "2/4";
        ReportWriter.Write(run, temporary.Path, [ReportFormats.Json]);

        var written = ReportWriter.Write(run, temporary.Path, [ReportFormats.JUnit, ReportFormats.Markdown]);

        Assert.Equal(
            [Path.Combine(temporary.Path, "gradgate.shard-2-of-4.junit.xml"), Path.Combine(temporary.Path, "gradgate.shard-2-of-4.md")],
            written);
        Assert.False(File.Exists(Path.Combine(temporary.Path, "gradgate.shard-2-of-4.json")));
    }

    [Fact]
    public void Format_names_match_without_regard_to_case_and_each_report_is_written_once()
    {
        using var directory = new TemporaryDirectory();

        var written = ReportWriter.Write(SampleRuns.Create(SampleRuns.Mixed), directory.Path, ["Markdown", " JSON ", "json"]);

        Assert.Equal([directory.File("gradgate.md"), directory.File("gradgate.json")], written);
        Assert.Equal(written.Order(), Directory.GetFiles(directory.Path).Order());
    }

    [Fact]
    public void A_relative_folder_is_returned_as_full_paths()
    {
        using var directory = new TemporaryDirectory();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, directory.Path);

        var written = ReportWriter.Write(SampleRuns.Create(SampleRuns.NoTargets), relative, [ReportFormats.JUnit]);

        Assert.Equal([directory.File("gradgate.junit.xml")], written);
    }

    [Fact]
    public void A_later_run_replaces_the_reports_of_an_earlier_one()
    {
        using var directory = new TemporaryDirectory();
        var earlier = SampleRuns.Create(SampleRuns.Mixed);
        var later = SampleRuns.Create(SampleRuns.RuntimeUnavailable);
        ReportWriter.Write(earlier, directory.Path, ReportFormats.Names.ToList());

        var written = ReportWriter.Write(later, directory.Path, ReportFormats.Names.ToList());

        Assert.Equal(new MarkdownReport().Render(later), File.ReadAllText(written[2]));
        Assert.Equal(ReportFormats.Names.Count, Directory.GetFiles(directory.Path).Length);
    }

    /// <remarks>A dropped Markdown report would otherwise keep saying "1 check, 1 failed" in the job summary after the fix.</remarks>
    [Fact]
    public void A_report_in_a_format_no_longer_asked_for_is_removed_rather_than_left_stale()
    {
        using var directory = new TemporaryDirectory();
        ReportWriter.Write(SampleRuns.Create(SampleRuns.Mixed), directory.Path, ReportFormats.Names.ToList());
        File.WriteAllText(directory.File("notes.md"), "not GradGate's");

        var written = ReportWriter.Write(SampleRuns.Create(SampleRuns.NoTargets), directory.Path, [ReportFormats.Json, ReportFormats.JUnit]);

        Assert.Equal([directory.File("gradgate.json"), directory.File("gradgate.junit.xml")], written);
        Assert.Equal(["gradgate.json", "gradgate.junit.xml", "notes.md"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_unknown_format_is_refused_with_the_names_that_are_known()
    {
        using var directory = new TemporaryDirectory();

        var refusal = Assert.Throws<ArgumentException>(() => ReportWriter.Write(SampleRuns.Create(SampleRuns.Mixed), directory.Path, ["json", "pdf"]));

        Assert.Contains("'pdf' is not a GradGate report format; use json, junit, markdown, html.", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Theory]
    [InlineData("json", true)]
    [InlineData("JUnit", true)]
    [InlineData(" markdown ", true)]
    [InlineData("HTML", true)]
    [InlineData("md", false)]
    [InlineData("", false)]
    public void The_caller_can_ask_which_format_names_are_known(string name, bool known)
        => Assert.Equal(known, ReportFormats.IsKnown(name));
}
