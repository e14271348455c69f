using GradGate.Results;

namespace GradGate.Gate.BuildLog;

/// <summary>One finding as MSBuild logs it: <c>File(Line,Column): error Code: Message</c>.</summary>
internal sealed record BuildDiagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message);
