using System.Globalization;

namespace GradGate.Gate.Running;

/// <summary>Says what a runner exit code usually means, for the message of a check that died with it.</summary>
internal static class ExitCodeText
{
    private static readonly Dictionary<int, string> KnownCodes = new()
    {
        [134] = "SIGABRT: Environment.FailFast, a stack overflow or a native abort",
        [137] = "SIGKILL: killed from outside, often by the out-of-memory killer",
        [139] = "SIGSEGV: a native crash",
        [unchecked((int)0xC00000FD)] = "0xC00000FD: a stack overflow",
        [unchecked((int)0x80131623)] = "0x80131623: Environment.FailFast",
        [unchecked((int)0xE0434352)] = "0xE0434352: an unhandled exception on a thread GradGate does not watch",
        [unchecked((int)0xC0000005)] = "0xC0000005: an access violation in native code",
    };

    /// <summary><c>exit code 134, SIGABRT: ...</c>, or just <c>exit code 5</c> for a code with no usual meaning.</summary>
    public static string Describe(int? exitCode)
    {
        if (exitCode is not { } code)
        {
            return "no exit code";
        }

        var text = "exit code " + code.ToString(CultureInfo.InvariantCulture);
        return KnownCodes.TryGetValue(code, out var meaning) ? $"{text}, {meaning}" : text;
    }
}
