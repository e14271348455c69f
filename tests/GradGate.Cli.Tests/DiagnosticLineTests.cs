using GradGate.Cli.Output;

namespace GradGate.Cli.Tests;

/// <summary>The build log's format, which problem matchers read.</summary>
public sealed class DiagnosticLineTests
{
    [Theory]
    [InlineData(11, 5, "/src/Checks.cs(11,5): error GG0001: wrong")]
    [InlineData(11, 0, "/src/Checks.cs(11): error GG0001: wrong")]
    [InlineData(0, 0, "/src/Checks.cs : error GG0001: wrong")]
    public void A_diagnostic_reads_as_MSBuild_prints_it(int line, int column, string expected)
        => Assert.Equal(expected, DiagnosticLine.Format("error", "GG0001", "/src/Checks.cs", line, column, "wrong"));

    [Fact]
    public void A_diagnostic_without_a_file_starts_with_its_category()
        => Assert.Equal("error GG0012: bad", DiagnosticLine.Format("error", "GG0012", "", 0, 0, "bad"));
}
