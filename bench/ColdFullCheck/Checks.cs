using GradGate;
using GradGate.Benchmarks;

namespace ColdFullCheck;

/// <summary>The check the gate runs after every build of this project.</summary>
public static class Checks
{
    /// <summary>Seed 002's network at 5,560 parameters, every coordinate by central differences (2n+1 loss evaluations and a few more).</summary>
    [GradCheck(Mode = GradCheckMode.Full)]
    public static GradCheckTarget TwoLayerNetworkFull()
    {
        AllocationOffset.Apply();
        return new TwoLayerNetwork().ToTarget();
    }
}
