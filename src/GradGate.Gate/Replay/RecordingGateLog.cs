using GradGate.Gate.Logging;

namespace GradGate.Gate.Replay;

/// <summary>Passes every line on to the real log and keeps a copy, in order, for <see cref="ReportReplay"/>.</summary>
internal sealed class RecordingGateLog(IGateLog inner) : IGateLog
{
    private readonly List<LoggedLine> _lines = [];

    public IReadOnlyList<LoggedLine> Lines => _lines;

    public bool HasLoggedErrors => inner.HasLoggedErrors;

    public void Error(string code, string file, int line, int column, string text)
    {
        _lines.Add(new LoggedLine(LoggedLineKind.Error, LogImportance.High, code, file, line, column, text));
        inner.Error(code, file, line, column, text);
    }

    public void Warning(string code, string file, int line, int column, string text)
    {
        _lines.Add(new LoggedLine(LoggedLineKind.Warning, LogImportance.High, code, file, line, column, text));
        inner.Warning(code, file, line, column, text);
    }

    public void Message(LogImportance importance, string code, string file, int line, int column, string text)
    {
        _lines.Add(new LoggedLine(LoggedLineKind.LocatedMessage, importance, code, file, line, column, text));
        inner.Message(importance, code, file, line, column, text);
    }

    public void Message(LogImportance importance, string text)
    {
        _lines.Add(new LoggedLine(LoggedLineKind.Message, importance, null, null, 0, 0, text));
        inner.Message(importance, text);
    }
}
