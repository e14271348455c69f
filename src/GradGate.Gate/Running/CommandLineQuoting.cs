using System.Text;

namespace GradGate.Gate.Running;

/// <summary>
/// Joins arguments into one command line that the runtime splits back exactly (the Windows C runtime rules,
/// which .NET also applies on Unix): netstandard2.0's ProcessStartInfo has no ArgumentList.
/// </summary>
internal static class CommandLineQuoting
{
    public static string Join(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(Quote));

    public static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny([' ', '\t', '\n', '\v', '"']) < 0)
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var character in argument)
        {
            if (character == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote: then each must be doubled, and the quote escaped.
            quoted.Append('\\', character == '"' ? (backslashes * 2) + 1 : backslashes);
            quoted.Append(character);
            backslashes = 0;
        }

        // Backslashes before the closing quote would escape it: double them.
        quoted.Append('\\', backslashes * 2);
        return quoted.Append('"').ToString();
    }
}
