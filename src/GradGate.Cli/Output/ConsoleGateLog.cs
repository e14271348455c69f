using GradGate.Gate.Logging;

namespace GradGate.Cli.Output;

/// <summary>
/// The gate's log on the command line: diagnostics in the build log's format, messages by verbosity, all on one writer
/// (the runner's events arrive on another thread, so every line is written whole under a lock).
/// </summary>
internal sealed class ConsoleGateLog : IGateLog
{
    private readonly TextWriter _output;
    private readonly Verbosity _verbosity;
    private readonly List<string> _errorCodes = [];
    private readonly object _gate = new();

    public ConsoleGateLog(TextWriter output, Verbosity verbosity)
    {
        _output = output;
        _verbosity = verbosity;
    }

    public bool HasLoggedErrors
    {
        get
        {
            lock (_gate)
            {
                return _errorCodes.Count > 0;
            }
        }
    }

    /// <summary>The code of every error logged so far, in order: the exit code tells a failed check from a run that could not happen.</summary>
    public IReadOnlyList<string> ErrorCodes
    {
        get
        {
            lock (_gate)
            {
                return [.. _errorCodes];
            }
        }
    }

    public void Error(string code, string file, int line, int column, string text)
    {
        lock (_gate)
        {
            _errorCodes.Add(code);
            _output.WriteLine(DiagnosticLine.Format("error", code, file, line, column, text));
        }
    }

    public void Warning(string code, string file, int line, int column, string text)
        => WriteLine(DiagnosticLine.Format("warning", code, file, line, column, text));

    public void Message(LogImportance importance, string code, string file, int line, int column, string text)
    {
        if (Shows(importance))
        {
            WriteLine(DiagnosticLine.Format("message", code, file, line, column, text));
        }
    }

    public void Message(LogImportance importance, string text)
    {
        if (Shows(importance))
        {
            WriteLine(text);
        }
    }

    /// <summary>A line of the tool's own, such as a check's progress.</summary>
    public void WriteLine(string text)
    {
        lock (_gate)
        {
            _output.WriteLine(text);
        }
    }

    private bool Shows(LogImportance importance) => importance switch
    {
        LogImportance.High => true,
        LogImportance.Normal => _verbosity >= Verbosity.Normal,
        _ => _verbosity >= Verbosity.Detailed,
    };
}
