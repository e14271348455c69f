using GradGate.Gate.Logging;

namespace GradGate.Gate.Replay;

/// <summary>One call a report made on its <see cref="IGateLog"/>, kept so that a build whose inputs are unchanged can make it again.</summary>
internal sealed record LoggedLine(LoggedLineKind Kind, LogImportance Importance, string? Code, string? File, int Line, int Column, string Text)
{
    /// <summary>Makes the same call on <paramref name="log"/>.</summary>
    public void Replay(IGateLog log)
    {
        switch (Kind)
        {
            case LoggedLineKind.Error:
                log.Error(Code ?? "", File ?? "", Line, Column, Text);
                break;
            case LoggedLineKind.Warning:
                log.Warning(Code ?? "", File ?? "", Line, Column, Text);
                break;
            case LoggedLineKind.LocatedMessage:
                log.Message(Importance, Code ?? "", File ?? "", Line, Column, Text);
                break;
            default:
                log.Message(Importance, Text);
                break;
        }
    }
}

/// <summary>Which <see cref="IGateLog"/> method a <see cref="LoggedLine"/> came from.</summary>
internal enum LoggedLineKind
{
    Error,
    Warning,
    LocatedMessage,
    Message,
}
