using GradGate.Gate.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks.Logging;

/// <summary>The gate's log in a build: each line goes to the task's MSBuild log with its code, file and position.</summary>
internal sealed class TaskGateLog : IGateLog
{
    private readonly TaskLoggingHelper _log;

    public TaskGateLog(TaskLoggingHelper log)
    {
        _log = log;
    }

    public bool HasLoggedErrors => _log.HasLoggedErrors;

    public void Error(string code, string file, int line, int column, string text)
        => _log.LogError(null, code, null, file, line, column, 0, 0, text);

    public void Warning(string code, string file, int line, int column, string text)
        => _log.LogWarning(null, code, null, file, line, column, 0, 0, text);

    public void Message(LogImportance importance, string code, string file, int line, int column, string text)
        => _log.LogMessage(null, code, null, file, line, column, 0, 0, ToMSBuild(importance), text);

    public void Message(LogImportance importance, string text) => _log.LogMessage(ToMSBuild(importance), text);

    private static MessageImportance ToMSBuild(LogImportance importance) => importance switch
    {
        LogImportance.High => MessageImportance.High,
        LogImportance.Normal => MessageImportance.Normal,
        _ => MessageImportance.Low,
    };
}
