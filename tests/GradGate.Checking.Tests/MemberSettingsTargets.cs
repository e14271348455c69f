using GradGate;

namespace GradGate.Checking.Tests;

/// <summary>A family whose members carry their own settings and Skip, under an attribute that sets others.</summary>
public static class MemberSettingsTargets
{
    [GradCheck(ErrorThreshold = 1e-6, Mode = GradCheckMode.Full)]
    public static IEnumerable<GradCheckTarget> Members()
    {
        yield return Targets.Cubic().Named("as the attribute says");
        yield return Targets.Cubic(gradientFactor: 1.01).Named("relaxed").WithSettings(errorThreshold: 0.1, warningThreshold: 0.05);
        yield return Targets.Cubic().Named("fast").WithSettings(mode: GradCheckMode.Fast);
        yield return Targets.Cubic(gradientFactor: 2).Named("not yet fixed").Skip("the doubled gradient is tracked in issue 7");
    }
}
