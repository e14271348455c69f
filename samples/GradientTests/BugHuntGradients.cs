using GradGate;
using Xunit;

namespace GradientTests;

/// <summary>The two checks of samples/BugHunt as test cases: both fail, naming W1 and the sigmoid's input.</summary>
public sealed class BugHuntGradients
{
    [Theory, GradCheckData(typeof(BugHunt.Checks))]
    public void Gradient(GradCheckCase check) => check.Assert();
}
