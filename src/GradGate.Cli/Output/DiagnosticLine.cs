namespace GradGate.Cli.Output;

/// <summary>
/// MSBuild's canonical message format, which GitHub's .NET problem matcher and editors read:
/// <c>file(line,col): error GG0001: text</c>, or <c>file : error GG0012: text</c> without a line.
/// </summary>
internal static class DiagnosticLine
{
    /// <param name="category"><c>error</c>, <c>warning</c> or <c>message</c>.</param>
    public static string Format(string category, string code, string file, int line, int column, string text)
    {
        var origin = (line, column) switch
        {
            ( > 0, > 0) => $"{file}({line},{column}): ",
            ( > 0, _) => $"{file}({line}): ",
            _ when file.Length > 0 => $"{file} : ",
            _ => "",
        };
        return $"{origin}{category} {code}: {text}";
    }
}
