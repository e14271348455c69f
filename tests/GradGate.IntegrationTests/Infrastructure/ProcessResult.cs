namespace GradGate.IntegrationTests.Infrastructure;

internal sealed record ProcessResult(int ExitCode, string Output)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
