using System.Reflection;

namespace GradGate.Cli.Tests;

/// <summary>The tool run in process, as <c>dotnet gradgate</c> would run, with its console captured.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static string FixtureAssembly => Path.Combine(Metadata("TasksFixtureOutput"), "TasksFixture.dll");

    /// <summary>The runner/ folder the tool's project copies beside these tests.</summary>
    public static string Runner => Path.Combine(AppContext.BaseDirectory, "runner", "GradGate.Runner.dll");

    public static ToolRun Of(params string[] arguments) => With(name => Environment.GetEnvironmentVariable(name), arguments);

    public static ToolRun With(Func<string, string?> environment, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(arguments, output, error, Runner, environment, CancellationToken.None);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";

    private static string Metadata(string key)
        => typeof(ToolRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
