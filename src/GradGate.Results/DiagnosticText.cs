namespace GradGate.Results;

/// <summary>
/// How a finding reads wherever it is shown as a diagnostic (the build log, an in-process assertion): one line that
/// starts with the check's name. MSBuild would log each further line as an error of its own, and CI would spend its few
/// annotations on them.
/// </summary>
public static class DiagnosticText
{
    /// <summary>The name people know the check by: its display name, else its id.</summary>
    public static string CheckName(CheckResult check) => check.Name.Length > 0 ? check.Name : check.Id;

    /// <summary><c>Checks.Loss: Gradient of W1 is wrong: ...</c>, on one line; the name is not repeated when the message starts with it.</summary>
    public static string Of(CheckResult check, Finding finding)
    {
        var name = CheckName(check);
        return OneLine(finding.Message.StartsWith(name, StringComparison.Ordinal) ? finding.Message : $"{name}: {finding.Message}");
    }

    /// <summary>
    /// The message's lines, trimmed, joined with <c> | </c>; any other control character but the tab is written as its
    /// <c>\uXXXX</c> escape, so text from a check (an ANSI colour code, a backspace) cannot recolour or rewrite a CI log.
    /// </summary>
    public static string OneLine(string message)
        => string.Join(
            " | ",
            message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(line => EscapeControls(line.Trim())).Where(line => line.Length > 0));

    private static string EscapeControls(string line)
        => line.Any(IsEscaped)
            ? string.Concat(line.Select(character => IsEscaped(character) ? $"\\u{(int)character:X4}" : character.ToString()))
            : line;

    private static bool IsEscaped(char character) => (char.IsControl(character) && character != '\t') || BidiControls.Is(character);
}
