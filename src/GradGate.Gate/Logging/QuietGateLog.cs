namespace GradGate.Gate.Logging;

/// <summary>
/// A log that shows nothing and remembers only whether an error was logged: for work done ahead of time (a runner
/// started on standby), whose problems the real step meets again and logs then.
/// </summary>
internal sealed class QuietGateLog : IGateLog
{
    public bool HasLoggedErrors { get; private set; }

    public void Error(string code, string file, int line, int column, string text) => HasLoggedErrors = true;

    public void Warning(string code, string file, int line, int column, string text)
    {
    }

    public void Message(LogImportance importance, string code, string file, int line, int column, string text)
    {
    }

    public void Message(LogImportance importance, string text)
    {
    }
}
