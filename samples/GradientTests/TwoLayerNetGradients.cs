using GradGate;
using Xunit;

namespace GradientTests;

/// <summary>Every check of samples/TwoLayerNet, each family member included, as its own test case: all pass.</summary>
public sealed class TwoLayerNetGradients
{
    [Theory, GradCheckData(typeof(TwoLayerNetSample.Checks))]
    public void Gradient(GradCheckCase check) => check.Assert();
}
