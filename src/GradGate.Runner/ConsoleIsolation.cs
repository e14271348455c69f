namespace GradGate.Runner;

/// <summary>
/// Keeps standard error for the runner's own diagnostics: what checks write to Console.Error joins their
/// Console.Out on standard output, and Console.In is empty, so a check that reads input cannot stall the build.
/// </summary>
internal static class ConsoleIsolation
{
    /// <summary>Redirects the user's console and returns the writer for the runner's diagnostics.</summary>
    public static TextWriter ReserveStandardError()
    {
        var diagnostics = Console.Error;
        Console.SetError(Console.Out);
        Console.SetIn(TextReader.Null);
        return diagnostics;
    }
}
