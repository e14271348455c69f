using System.Runtime.CompilerServices;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.BuildLog;

/// <summary>
/// Logs a line every logger shows at normal verbosity: the summary and the notices a user must not miss.
/// </summary>
/// <remarks>
/// The console logger shows a high-importance message at normal verbosity; the terminal logger (what <c>dotnet build</c>
/// uses in a terminal) shows one only at detailed verbosity. What it does show at once is test output: an extended
/// message of type <c>TLTESTOUTPUT</c>, in a project where a target named <c>_TestRunStart</c> has started, which is how
/// VSTest reports its results (see TerminalLogger.MessageRaised in the MSBuild repository). GradGate's targets run that
/// empty marker target before the checks when the terminal logger is on, so its lines take the same route; every other
/// logger sees an extended message as the high-importance message it also is. An MSBuild older than the type (before
/// 17.8) gets a plain high-importance message.
/// </remarks>
internal static class TerminalVisibleMessage
{
    /// <summary>The terminal logger's extended type for a line of test output, printed as it comes.</summary>
    internal const string TestOutputType = "TLTESTOUTPUT";

    public static void Log(IBuildEngine engine, string senderName, string text)
    {
        try
        {
            LogAsTestOutput(engine, senderName, text);
        }
        catch (Exception exception) when (exception is TypeLoadException or MissingMethodException)
        {
            engine.LogMessageEvent(new BuildMessageEventArgs(text, helpKeyword: null, senderName, MessageImportance.High));
        }
    }

    /// <summary>Alone in a method, so that an MSBuild without the type fails when this method compiles, inside the catch above.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LogAsTestOutput(IBuildEngine engine, string senderName, string text)
        => engine.LogMessageEvent(new ExtendedBuildMessageEventArgs(TestOutputType, text, helpKeyword: null, senderName, MessageImportance.High));
}
