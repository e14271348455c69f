using GradGate.Gate.BuildLog;
using GradGate.Results;

namespace GradGate.Gate.Logging;

internal static class GateLogExtensions
{
    /// <summary>Logs a finding as an error, a warning or a message, by its severity.</summary>
    public static void Diagnostic(this IGateLog log, BuildDiagnostic diagnostic)
    {
        switch (diagnostic.Severity)
        {
            case Severity.Error:
                log.Error(diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Message);
                break;
            case Severity.Warning:
                log.Warning(diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Message);
                break;
            default:
                log.Message(LogImportance.Normal, diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Message);
                break;
        }
    }
}
