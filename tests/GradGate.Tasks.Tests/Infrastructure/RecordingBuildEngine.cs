using System.Collections;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>
/// A build engine that keeps every error, warning and message a task logs, in order, with code, file and line, and
/// keeps the objects tasks register with it for later tasks of the same build, as MSBuild does.
/// </summary>
internal sealed class RecordingBuildEngine : IBuildEngine4
{
    private readonly Dictionary<(object Key, RegisteredTaskObjectLifetime Lifetime), object> _registered = [];

    public List<LoggedEvent> Events { get; } = [];

    public IEnumerable<LoggedEvent> Errors => Events.Where(logged => logged.Kind == LoggedKind.Error);

    public IEnumerable<LoggedEvent> Warnings => Events.Where(logged => logged.Kind == LoggedKind.Warning);

    public IEnumerable<LoggedEvent> Messages => Events.Where(logged => logged.Kind == LoggedKind.Message);

    /// <summary>Errors and warnings, the diagnostics a build shows, in the order they were logged.</summary>
    public IEnumerable<LoggedEvent> Diagnostics => Events.Where(logged => logged.Kind != LoggedKind.Message);

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "fake.proj";

    public void LogErrorEvent(BuildErrorEventArgs e)
        => Events.Add(new LoggedEvent(LoggedKind.Error, e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? "", null));

    public void LogWarningEvent(BuildWarningEventArgs e)
        => Events.Add(new LoggedEvent(LoggedKind.Warning, e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? "", null));

    public void LogMessageEvent(BuildMessageEventArgs e)
        => Events.Add(new LoggedEvent(LoggedKind.Message, e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? "", e.Importance)
        {
            ExtendedType = (e as ExtendedBuildMessageEventArgs)?.ExtendedType,
        });

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool IsRunningMultipleNodes => false;

    /// <summary>The objects still registered, as MSBuild would dispose them at the end of the build.</summary>
    public IReadOnlyCollection<object> RegisteredObjects => _registered.Values;

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs)
        => throw new NotSupportedException("The GradGate tasks never build other projects.");

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion)
        => throw new NotSupportedException("The GradGate tasks never build other projects.");

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion)
        => throw new NotSupportedException("The GradGate tasks never build other projects.");

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs)
        => throw new NotSupportedException("The GradGate tasks never build other projects.");

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
        => _registered[(key, lifetime)] = obj;

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
        => _registered.TryGetValue((key, lifetime), out var obj) ? obj : null;

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
        => _registered.Remove((key, lifetime), out var obj) ? obj : null;
}
