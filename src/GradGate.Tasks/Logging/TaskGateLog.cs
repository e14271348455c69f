using GradGate.Gate.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks.Logging;

/// <summary>
/// The gate's log in a build: each line goes to the task's MSBuild log with its code, file and position; a
/// high-importance line (the summary, a notice a user must not miss) goes out so that every logger shows it at normal
/// verbosity, the terminal logger included (see TerminalVisibleMessage).
/// </summary>
internal sealed class TaskGateLog : IGateLog
{
    /// <summary>What NuGet puts before an NU warning it logs as an error; GG warnings read the same.</summary>
    internal const string WarningAsErrorPrefix = "Warning As Error: ";

    private readonly TaskLoggingHelper _log;
    private readonly Action<string> _visible;
    private readonly WarningPolicy _warnings;

    /// <param name="visible">Logs a line every logger shows at normal verbosity.</param>
    /// <param name="warnings">The project's TreatWarningsAsErrors, WarningsNotAsErrors and NoWarn, for GG warnings.</param>
    public TaskGateLog(TaskLoggingHelper log, Action<string> visible, WarningPolicy? warnings = null)
    {
        _log = log;
        _visible = visible;
        _warnings = warnings ?? WarningPolicy.None;
    }

    public bool HasLoggedErrors => _log.HasLoggedErrors;

    public void Error(string code, string file, int line, int column, string text)
        => _log.LogError(null, code, null, file, line, column, 0, 0, text);

    public void Warning(string code, string file, int line, int column, string text)
    {
        if (_warnings.IsError(code))
        {
            _log.LogError(null, code, null, file, line, column, 0, 0, WarningAsErrorPrefix + text);
        }
        else
        {
            _log.LogWarning(null, code, null, file, line, column, 0, 0, text);
        }
    }

    public void Message(LogImportance importance, string code, string file, int line, int column, string text)
        => _log.LogMessage(null, code, null, file, line, column, 0, 0, ToMSBuild(importance), text);

    public void Message(LogImportance importance, string text)
    {
        if (importance == LogImportance.High)
        {
            _visible(text);
        }
        else
        {
            _log.LogMessage(ToMSBuild(importance), text);
        }
    }

    private static MessageImportance ToMSBuild(LogImportance importance) => importance switch
    {
        LogImportance.High => MessageImportance.High,
        LogImportance.Normal => MessageImportance.Normal,
        _ => MessageImportance.Low,
    };
}
