namespace GradGate.Results;

/// <summary>Everything one check found: plain data that crosses the process boundary and feeds every report.</summary>
public sealed class CheckResult
{
    /// <summary>Unique in the run: <c>Namespace.Type.Method</c>, with <c>[variant]</c> for a member of a family.</summary>
    public string Id { get; set; } = "";

    /// <summary>The name shown to people: the attribute's Name, or <c>Type.Method</c>, with <c>[variant]</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The full name of the type that declares the [GradCheck] method.</summary>
    public string ClassName { get; set; } = "";

    public string MethodName { get; set; } = "";

    public string? Variant { get; set; }

    /// <summary><c>loss</c>, <c>operator</c>, <c>health</c>, <c>hvp</c> or <c>generic</c>; null when the target could not be built.</summary>
    public string? Kind { get; set; }

    public Verdict Verdict { get; set; }

    /// <summary>The headline figure: the relative error over every block together.</summary>
    public double? RelativeError { get; set; }

    /// <summary>The largest element-wise relative error over every block.</summary>
    public double? MaxElementRelativeError { get; set; }

    public CheckSettings? Settings { get; set; }

    public List<BlockResult> Blocks { get; set; } = [];

    /// <summary>Worst first.</summary>
    public List<Finding> Findings { get; set; } = [];

    /// <summary>How many times the target's closures (loss, gradients, forward, backward) were called.</summary>
    public int Evaluations { get; set; }

    public double DurationSeconds { get; set; }

    public string? SkipReason { get; set; }

    /// <summary>Filled in by the MSBuild task from the portable PDB.</summary>
    public SourceLocation? Source { get; set; }
}
