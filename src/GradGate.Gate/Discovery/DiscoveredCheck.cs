using GradGate.Results;

namespace GradGate.Gate.Discovery;

/// <summary>One [GradCheck] method found in the built assembly's metadata.</summary>
/// <param name="Id"><c>Namespace.Type.Method</c>, nested types joined with <c>+</c>.</param>
/// <param name="TypeName">The declaring type's full name as reflection spells it.</param>
/// <param name="DisplayName">The attribute's Name, else <c>Type.Method</c> (<c>Outer.Inner.Method</c> for a nested type).</param>
/// <param name="SkipReason">The attribute's Skip, when set.</param>
/// <param name="Source">The method's first line in the portable PDB; null without one (the build log then names the project file).</param>
internal sealed record DiscoveredCheck(
    string Id,
    string TypeName,
    string MethodName,
    string DisplayName,
    string? SkipReason,
    SourceLocation? Source)
{
    public bool IsSkipped => SkipReason is not null;

    /// <summary>The filter's patterns that select only some members of this method's family; null runs every member.</summary>
    public List<string>? MemberPatterns { get; init; }

    public CheckRequest ToRequest() => new() { Id = Id, TypeName = TypeName, MethodName = MethodName, Members = MemberPatterns };
}
