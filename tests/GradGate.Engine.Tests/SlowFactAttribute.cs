namespace GradGate.Engine.Tests;

/// <summary>
/// A test too slow for every run of the suite (a check of a hundred million coordinates takes half a minute to a minute
/// and about 3 GB): skipped unless the environment variable GRADGATE_SLOW_TESTS is 1, and in the trait Category=Slow.
/// Run them under the runner's default heap cap with
/// <c>DOTNET_GCHeapHardLimit=0x100000000 GRADGATE_SLOW_TESTS=1 dotnet test tests/GradGate.Engine.Tests -c Release --filter Category=Slow</c>.
/// </summary>
internal sealed class SlowFactAttribute : FactAttribute
{
    public const string Variable = "GRADGATE_SLOW_TESTS";

    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"A check of a hundred million coordinates: set {Variable}=1 to run it (see {nameof(SlowFactAttribute)}).";
        }
    }
}
