using System.Text.Json;
using GradGate.Gate.Hosting;

namespace GradGate.Tasks.Tests.Hosting;

public sealed class RuntimeConfigFileTests
{
    [Fact]
    public void An_exact_choice_names_the_framework_at_the_target_version_without_roll_forward()
    {
        var options = Parse(RuntimeConfigFile.Render(new RuntimeChoice(RuntimeChoiceKind.Exact, new Version(10, 0), null)));

        Assert.Equal("net10.0", options.GetProperty("tfm").GetString());
        Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
        Assert.Equal("10.0.0", options.GetProperty("framework").GetProperty("version").GetString());
        Assert.False(options.TryGetProperty("rollForward", out _));
    }

    [Fact]
    public void A_roll_forward_choice_adds_latest_major()
    {
        var options = Parse(RuntimeConfigFile.Render(new RuntimeChoice(RuntimeChoiceKind.RollForward, new Version(8, 0), "message")));

        Assert.Equal("LatestMajor", options.GetProperty("rollForward").GetString());
        Assert.Equal("8.0.0", options.GetProperty("framework").GetProperty("version").GetString());
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.GetProperty("runtimeOptions");
}
