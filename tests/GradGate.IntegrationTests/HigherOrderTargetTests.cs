using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>Forward mode, second order and generic math through the packed package: the gate runs them out of process and reports them.</summary>
[Collection(PackageCollection.Name)]
public sealed class HigherOrderTargetTests(PackageFixture package)
{
    [Fact]
    public void Forward_mode_second_order_and_generic_targets_pass_the_gate_and_their_report_validates()
    {
        var project = TestProject.Create(package, "HigherOrder").WriteFile("HigherOrderChecks.cs", HigherOrderSources.Checks());

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Errors);
        Assert.Contains("3 checks, 3 passed", build.Summary);
        Assert.Empty(ReportValidation.JsonSchemaErrors(Path.Combine(project.ReportDirectory(), "gradgate.json")));
        using var report = project.ReadJsonReport();
        var kinds = report.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("kind").GetString()).Order().ToList();
        Assert.Equal(["generic", "hvp", "operator"], kinds);
    }

    [Fact]
    public void A_gradient_1e_7_off_and_an_inconsistent_jvp_fail_at_their_checks_with_GG0001_and_GG0024()
    {
        var project = TestProject.Create(package, "HigherOrderBugs")
            .WriteFile("HigherOrderChecks.cs", HigherOrderSources.Checks(jvpFactor: "(1 + 1e-9)", gradientFactor: "(1 + 1e-7)"));
        var jvpLine = project.LineOf("HigherOrderChecks.cs", "public static GradCheckTarget SquareWithJvp()");
        var genericLine = project.LineOf("HigherOrderChecks.cs", "public static GradCheckTarget GenericQuadratic()");

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        var adjoint = Assert.Single(build.WithCode("GG0024"));
        Assert.Contains("SquareWithJvp: The JVP and the backward closure fail the adjoint test", adjoint.Message);
        Assert.Equal(jvpLine + 1, adjoint.Line);
        var mismatch = Assert.Single(build.WithCode("GG0001"));
        Assert.Contains("GenericQuadratic: Gradient of x is wrong: it differs from the exact derivative", mismatch.Message);
        Assert.Equal(genericLine + 1, mismatch.Line);
        Assert.EndsWith("HigherOrderChecks.cs", mismatch.File);
        Assert.Contains("3 checks, 1 passed, 2 failed", build.Summary);
        Assert.Empty(ReportValidation.JsonSchemaErrors(Path.Combine(project.ReportDirectory(), "gradgate.json")));
        Assert.Empty(ReportValidation.JUnitSchemaErrors(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));
    }
}
