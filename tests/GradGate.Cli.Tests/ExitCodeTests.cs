using GradGate.Results;

namespace GradGate.Cli.Tests;

/// <summary>The exit code from the errors a run logged: a failed check is 1, an error that leaves no verdict is 2.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1, DiagnosticCodes.GradientMismatch)]
    [InlineData(1, DiagnosticCodes.CheckThrew, DiagnosticCodes.Timeout, DiagnosticCodes.RunnerCrashed)]
    [InlineData(1, DiagnosticCodes.StaleBaselineEntry)]
    [InlineData(2, DiagnosticCodes.GradientMismatch, DiagnosticCodes.BadConfiguration)]
    [InlineData(2, DiagnosticCodes.UnreadableInput)]
    [InlineData(2, DiagnosticCodes.RuntimeUnavailable)]
    [InlineData(2, DiagnosticCodes.RunInterrupted)]
    public void Errors_decide_the_exit_code(int expected, params string[] errorCodes)
        => Assert.Equal(expected, CheckCommand.ExitCode(errorCodes));
}
