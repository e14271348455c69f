using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>Requests for the checks of RunnerFixture.Checks, named <c>Type.Method</c> (nested types with <c>+</c>).</summary>
internal static class FixtureChecks
{
    private const string Namespace = "RunnerFixture.Checks";

    public static string Id(string typeAndMethod) => $"{Namespace}.{typeAndMethod.Replace('+', '.')}";

    public static RunRequest Request(params string[] typeAndMethods) => Request(new RunDefaults(), typeAndMethods);

    public static RunRequest Request(RunDefaults defaults, params string[] typeAndMethods) => new()
    {
        AssemblyPath = TestAssets.FixtureAssembly(TestAssets.ChecksFixture),
        Defaults = defaults,
        Checks = [.. typeAndMethods.Select(Check)],
    };

    private static CheckRequest Check(string typeAndMethod)
    {
        var split = typeAndMethod.LastIndexOf('.');
        return new CheckRequest
        {
            Id = Id(typeAndMethod),
            TypeName = $"{Namespace}.{typeAndMethod[..split]}",
            MethodName = typeAndMethod[(split + 1)..],
        };
    }
}
