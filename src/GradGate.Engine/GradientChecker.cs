using GradGate.Results;

namespace GradGate.Engine;

/// <summary>The engine's entry point: judges one target and returns plain data. Never throws for anything a target does.</summary>
internal static class GradientChecker
{
    public static CheckResult Check(GradCheckTarget target, CheckIdentity identity, CheckOverrides overrides)
        => throw new NotImplementedException("The engine is being written.");
}
