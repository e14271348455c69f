using System.Text;
using GradGate.Results;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Running;

/// <summary>The events file read while the runner appends to it, as the task reads it to see the runner's done event.</summary>
public sealed class RunnerEventReaderTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string EventsPath => _scratch.File("events.jsonl");

    [Fact]
    public void Takes_whole_lines_as_they_are_appended_and_leaves_a_line_being_written_for_the_next_read()
    {
        var reader = new RunnerEventReader(EventsPath);
        Assert.False(reader.ReadNew());

        Append("""{"event":"started","checkId":"A"}""" + "\n" + """{"event":"log","mess""");
        Assert.True(reader.ReadNew());
        Assert.Equal(["started"], reader.Events.Select(e => e.Event));

        Append("""age":"half a line before"}""" + "\n");
        Assert.True(reader.ReadNew());
        Assert.Equal("half a line before", reader.Events[^1].Message);
        Assert.Null(reader.Done);

        Append("""{"event":"done","exitCode":3}""" + "\n");
        Assert.True(reader.ReadNew());
        Assert.Equal(3, reader.Done!.ExitCode);
        Assert.Equal(new FileInfo(EventsPath).Length, reader.BytesRead);
        Assert.False(reader.ReadNew());
    }

    [Fact]
    public void A_torn_last_line_is_never_returned_and_the_whole_lines_before_it_are()
    {
        Append("""{"event":"started","checkId":"A"}""" + "\n" + "{\"event\":\"result\",\"checkId\":\"A\",\"result\":{\"id\"");

        var events = ResultJson.ReadEvents(EventsPath);

        Assert.Equal(["started"], events.Select(e => e.Event));
    }

    [Fact]
    public void Text_that_is_not_an_event_is_skipped_and_the_events_around_it_stand()
    {
        Append("""{"event":"started","checkId":"A"}""" + "\nnot json at all\n" + """{"event":"completed","checkId":"A"}""" + "\n");

        Assert.Equal(["started", "completed"], ResultJson.ReadEvents(EventsPath).Select(e => e.Event));
    }

    [Fact]
    public void Multibyte_text_split_between_two_reads_comes_back_whole()
    {
        var reader = new RunnerEventReader(EventsPath);
        var line = Encoding.UTF8.GetBytes("""{"event":"log","message":"Ünïcödé 日本語 🧪"}""" + "\n");
        var split = Array.IndexOf(line, (byte)0xE6) + 1;

        AppendBytes(line[..split]);
        reader.ReadNew();
        AppendBytes(line[split..]);
        reader.ReadNew();

        Assert.Equal("Ünïcödé 日本語 🧪", Assert.Single(reader.Events).Message);
    }

    private void Append(string text) => AppendBytes(Encoding.UTF8.GetBytes(text));

    private void AppendBytes(byte[] bytes)
    {
        using var stream = new FileStream(EventsPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(bytes);
    }
}
