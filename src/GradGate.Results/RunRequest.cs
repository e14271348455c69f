namespace GradGate.Results;

/// <summary>What the MSBuild task asks the runner to do; written by the task as JSON, read by the runner.</summary>
public sealed class RunRequest
{
    /// <summary>The built assembly that declares the checks.</summary>
    public string AssemblyPath { get; set; } = "";

    /// <summary>The [GradCheck] methods to run, in this order.</summary>
    public List<CheckRequest> Checks { get; set; } = [];

    /// <summary>Build-wide settings; attribute overrides win over them.</summary>
    public RunDefaults Defaults { get; set; } = new();

    /// <summary>Where the runner appends one <see cref="RunnerEvent"/> per line as checks start and finish.</summary>
    public string EventsPath { get; set; } = "";

    /// <summary>How many checks the runner may run at the same time; 1 runs them one after another.</summary>
    public int MaxParallelChecks { get; set; } = 1;
}

/// <summary>One [GradCheck] method to run.</summary>
public sealed class CheckRequest
{
    /// <summary><c>Namespace.Type.Method</c>; results of a family append <c>[variant]</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The declaring type's name as reflection spells it (nested types with <c>+</c>).</summary>
    public string TypeName { get; set; } = "";

    public string MethodName { get; set; } = "";

    /// <summary>
    /// GradGateFilter's patterns that select members of this method's family (<c>Namespace.Type.Method[variant]</c>), matched
    /// against each member's id and display name; null runs every member (the filter selected the method itself).
    /// </summary>
    public List<string>? Members { get; set; }
}

/// <summary>The build's GradGate* settings; null where the user set nothing, so element-type defaults apply.</summary>
public sealed class RunDefaults
{
    public double? ErrorThreshold { get; set; }

    public double? WarningThreshold { get; set; }

    public double? Epsilon { get; set; }

    /// <summary><c>full</c>, <c>fast</c> or <c>sampled</c> (any case), from GradGateMode; attribute modes win over it.</summary>
    public string? Mode { get; set; }

    /// <summary>Per check; a check running longer is abandoned and reported as timed out.</summary>
    public double TimeoutSeconds { get; set; } = 60;
}
