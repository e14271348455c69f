namespace Showcase;

/// <summary>How a child process ended and everything it wrote to stdout and stderr, in arrival order.</summary>
internal sealed record ProcessResult(int ExitCode, IReadOnlyList<string> OutputLines);
