namespace GradGate.Gate.Logging;

/// <summary>
/// Where the gate's steps log: the MSBuild task's log in a build, the console on the command line. A diagnostic carries
/// its code and source position so both print it as <c>file(line,col): error GG0001: text</c>.
/// </summary>
internal interface IGateLog
{
    /// <summary>Whether an error was logged (in a build also a warning that the project turns into an error).</summary>
    bool HasLoggedErrors { get; }

    void Error(string code, string file, int line, int column, string text);

    void Warning(string code, string file, int line, int column, string text);

    /// <summary>A message with a code at a source position, such as a skipped check's GG0017.</summary>
    void Message(LogImportance importance, string code, string file, int line, int column, string text);

    void Message(LogImportance importance, string text);
}
