using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>The package's Roslyn analyzer: a [GradCheck] method GradGate cannot call is a compile error, in the gate's words.</summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerTests(PackageFixture package)
{
    private const string InstanceCheck = """
        using GradGate;

        namespace UserChecks;

        public class WrongChecks
        {
            [GradCheck]
            public GradCheckTarget Instance() => GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["x"] = [1.0] });
        }
        """;

    [Fact]
    public void A_GradCheck_method_GradGate_cannot_call_fails_the_compile_at_its_name_with_the_text_the_gate_gives_it()
    {
        var project = TestProject.Create(package, "AnalyzedChecks")
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks)
            .WriteFile("WrongChecks.cs", InstanceCheck);

        var compile = project.Build();

        Assert.False(compile.Succeeded, compile.ToString());
        var error = Assert.Single(compile.Errors);
        Assert.Equal(("GG0014", Path.Combine(project.Directory, "WrongChecks.cs"), 8), (error.Code, error.File, error.Line));
        Assert.Null(compile.Summary); // the compiler stopped the build: the gate had nothing to run

        // Severity from .editorconfig, as for any analyzer: switched off, the compile passes and the gate says the same.
        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GG0014.severity = none\n");
        var gate = project.Build();

        Assert.False(gate.Succeeded, gate.ToString());
        var gateError = Assert.Single(gate.Errors);
        Assert.Equal(("GG0014", error.Message), (gateError.Code, gateError.Message));
        Assert.StartsWith("WrongChecks.Instance is not a valid check target: 'UserChecks.WrongChecks.Instance' is an instance method.", gateError.Message);
        Assert.Contains("1 failed", gate.Summary);
    }

    [Fact]
    public void A_packable_library_declaring_checks_with_a_private_GradGate_reference_is_warned_and_a_checks_project_is_not()
    {
        var project = TestProject.Create(package, "PackedChecks").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);
        var privateReference = File.ReadAllText(project.ProjectPath)
            .Replace($"Version=\"{package.PackageVersion}\" />", $"Version=\"{package.PackageVersion}\" PrivateAssets=\"all\" />", StringComparison.Ordinal);
        Assert.Contains("PrivateAssets", privateReference);
        project.WriteFile("PackedChecks.csproj", privateReference);

        var packable = project.Build();

        Assert.True(packable.Succeeded, packable.ToString());
        var warning = Assert.Single(packable.Warnings);
        Assert.Equal(("GG0022", Path.Combine(project.Directory, "CorrectChecks.cs")), (warning.Code, warning.File));
        Assert.StartsWith("PackedChecks is packable and declares [GradCheck] methods", warning.Message);

        var checksProject = project.Build("-p:IsPackable=false");

        Assert.True(checksProject.Succeeded, checksProject.ToString());
        Assert.Empty(checksProject.Warnings);
    }
}
