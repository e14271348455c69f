namespace GradGate.Gate.Baseline;

/// <summary>Why a baseline file cannot be used, at its 1-based line (0 when the problem is the whole file).</summary>
internal sealed record BaselineProblem(int Line, string Message);
