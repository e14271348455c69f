using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Running;

public sealed class CommandLineQuotingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("/a/b/GradGate.Runner.dll", "/a/b/GradGate.Runner.dll")]
    [InlineData(@"C:\dir\file.dll", @"C:\dir\file.dll")]
    [InlineData("", "\"\"")]
    [InlineData("with space", "\"with space\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"C:\my dir\", @"""C:\my dir\\""")]
    [InlineData(@"a\\""b", @"""a\\\\\""b""")]
    [InlineData("tab\there", "\"tab\there\"")]
    public void Arguments_are_quoted_by_the_rules_the_runtime_splits_them_with(string argument, string expected)
        => Assert.Equal(expected, CommandLineQuoting.Quote(argument));

    [Fact]
    public void Arguments_are_joined_with_single_spaces()
        => Assert.Equal("exec --depsfile \"/my app/a.deps.json\"", CommandLineQuoting.Join(["exec", "--depsfile", "/my app/a.deps.json"]));
}
