using Microsoft.Build.Framework;

namespace GradGate.Tasks.Tests.Infrastructure;

internal enum LoggedKind
{
    Error,
    Warning,
    Message,
}

/// <summary>One thing a task logged, as the build engine received it.</summary>
internal sealed record LoggedEvent(LoggedKind Kind, string? Code, string? File, int Line, int Column, string Message, MessageImportance? Importance)
{
    /// <summary>The extended type of an <see cref="ExtendedBuildMessageEventArgs"/> (TLTESTOUTPUT for the terminal logger), else null.</summary>
    public string? ExtendedType { get; init; }
}
