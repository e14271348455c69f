namespace GradGate.Checking.Tests;

/// <summary>[GradCheck] families for listing checks and running one listed member.</summary>
public static class ListingTargets
{
    /// <summary>How many members <see cref="Resizable"/> yields: a family that changes after it was listed.</summary>
    public static int ResizableCount { get; set; } = 3;

    [GradCheck]
    public static IEnumerable<GradCheckTarget> Resizable() => Enumerable.Range(0, ResizableCount).Select(_ => Targets.Cubic());

    [GradCheck]
    public static IEnumerable<GradCheckTarget> ThrowsAfterOne()
    {
        yield return Targets.Cubic().Named("first");
        throw new InvalidOperationException("the second member cannot be built");
    }
}
