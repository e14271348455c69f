namespace GradGate.Cli.Inputs;

/// <summary>Why the checks of an input cannot run, with the GG code the build would use and what to do.</summary>
internal sealed record InputProblem(string Code, string File, string Message);
