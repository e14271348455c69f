namespace GradGate.Checking;

/// <summary>One line about an exception thrown by user code: its type and message, the causes, and where it was thrown.</summary>
internal static class ExceptionSummary
{
    public static string Describe(Exception exception)
    {
        var causes = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            causes.Add($"{current.GetType().FullName}: {current.Message}");
        }

        var summary = string.Join(" ---> ", causes);
        var origin = ThrowSite(exception);
        return origin is null ? summary : $"{summary} ({origin})";
    }

    /// <summary>The first frame of the stack trace, such as <c>at Checks.Build() in Checks.cs:line 12</c>.</summary>
    private static string? ThrowSite(Exception exception)
        => exception.StackTrace?
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
}
