using System.Reflection;
using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>
/// The in-process API (GradChecker) against the runner the gate starts: on the same [GradCheck] methods it gives the
/// same results, figure for figure and message for message, durations aside.
/// </summary>
public sealed class InProcessCheckingTests
{
    /// <summary>Every fixture check that does not end or hang its process: correct, wrong, overridden, sampled, parallel, skipped, nested, families, broken.</summary>
    private static readonly string[] Checks =
    [
        "LossChecks.CorrectGradient", "LossChecks.DoubledGradient", "LossChecks.WithOverrides", "LossChecks.SampledMode",
        "LossChecks.InParallel", "LossChecks.InSequence", "LossChecks.InParallelOverSharedArrays", "LossChecks.Skipped", "LossChecks+Nested.InNestedType",
        "FamilyChecks.Scales", "FamilyChecks.Unnamed", "FamilyChecks.Empty", "FamilyChecks.WithNullMember", "FamilyChecks.DuplicateVariants",
        "FamilyChecks.ThrowsAfterTwoMembers",
        "BrokenChecks.Throws", "BrokenChecks.DuplicateParameterName", "BrokenChecks.ReturnsNull", "BrokenChecks.ReturnsDouble", "BrokenChecks.TakesParameter",
    ];

    [Fact]
    public async Task The_in_process_checker_gives_the_runners_results_byte_for_byte_apart_from_durations()
    {
        var request = FixtureChecks.Request(new RunDefaults { Epsilon = 1e-6, Mode = "full" }, Checks);

        // Ids as the gate's discovery writes them: the type as reflection spells it (nested types with +), then the method.
        request.Checks.ForEach(check => check.Id = $"{check.TypeName}.{check.MethodName}");
        var outOfProcess = (await RunnerProcess.RunAsync(request)).Results.ToList();

        var fixture = Assembly.LoadFrom(TestAssets.FixtureAssembly(TestAssets.ChecksFixture));
        var options = new GradCheckOptions { Epsilon = 1e-6, Mode = GradCheckMode.Full };
        var inProcess = request.Checks
            .SelectMany(check => GradChecker.Check(fixture.GetType(check.TypeName, throwOnError: true)!.GetMethod(check.MethodName)!, options))
            .ToList();

        Assert.Equal(26, outOfProcess.Count);
        Assert.Equal(Comparable(outOfProcess, "property"), Comparable(inProcess, "options"));
    }

    /// <summary>The results as JSON with durations blanked, and the name of where the build-wide settings came from made alike.</summary>
    private static string Comparable(List<CheckResult> results, string defaultsSource)
    {
        foreach (var result in results)
        {
            result.DurationSeconds = 0;
            if (result.Settings is { } settings)
            {
                foreach (var key in settings.Sources.Where(source => source.Value == defaultsSource).Select(source => source.Key).ToList())
                {
                    settings.Sources[key] = "build-wide setting";
                }
            }
        }

        return ResultJson.Serialize(results);
    }
}
