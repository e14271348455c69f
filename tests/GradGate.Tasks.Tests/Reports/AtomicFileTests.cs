using System.Text;
using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_new_file_gets_the_content_as_UTF8_without_a_byte_order_mark()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("gradgate.md");

        AtomicFile.WriteAllText(path, "Ünïcödé 🧪");

        Assert.Equal(Encoding.UTF8.GetBytes("Ünïcödé 🧪"), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("gradgate.json");
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "{}");

        Assert.Equal("{}", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void A_write_interrupted_half_way_leaves_the_previous_report_intact_and_no_temporary_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("gradgate.junit.xml");
        AtomicFile.WriteAllText(path, "<testsuites>previous run</testsuites>");

        var interruption = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            var half = Encoding.UTF8.GetBytes("<testsuites><testsuite name=\"next run\"");
            stream.Write(half, 0, half.Length);
            stream.Flush();
            throw new IOException("The disk is full.");
        }));

        Assert.Equal("The disk is full.", interruption.Message);
        Assert.Equal("<testsuites>previous run</testsuites>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void A_first_write_interrupted_half_way_leaves_no_file_at_all()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("gradgate.json");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte((byte)'{');
            throw new InvalidOperationException("The serializer failed.");
        }));

        Assert.Empty(Directory.GetFiles(directory.Path));
    }
}
