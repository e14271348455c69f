namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>Tests that run the tasks share MSBuild's process-wide state, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MsBuildCollection
{
    public const string Name = "MSBuild";
}
