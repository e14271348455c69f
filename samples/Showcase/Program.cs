using Showcase;

// The main job: pack GradGate, then build a sample whose gradients are right (the gate passes) and one
// whose gradients are wrong (the gate fails), through the package, as a user's project would.
const string PackConfiguration = "Release";
const string SampleConfiguration = "Debug";
const int PackFailureLinesShown = 40;

var layout = RepositoryLayout.Find(Environment.CurrentDirectory);
if (layout is null)
{
    Console.Error.WriteLine(
        $"The showcase looked for GradGate.sln in {Environment.CurrentDirectory} and every folder above it and found none: " +
        "run it from inside the GradGate repository, as dotnet run --project samples/Showcase.");
    return ExitCodes.CouldNotRun;
}

Console.WriteLine($"GradGate showcase, repository {layout.Root}");
Console.WriteLine();

// The version comes from git (docs/package.md): each commit packs a new one, which the samples then reference.
var versionQuery = DotNetCli.PackageVersion(layout, PackConfiguration);
var version = versionQuery.OutputLines.Select(line => line.Trim()).LastOrDefault(line => line.Length > 0);
if (versionQuery.ExitCode != 0 || version is null || !char.IsAsciiDigit(version[0]))
{
    versionQuery.OutputLines.TakeLast(PackFailureLinesShown).ToList().ForEach(Console.Error.WriteLine);
    Console.Error.WriteLine($"Reading the version to pack failed (exit code {versionQuery.ExitCode}; its last lines are above): fix the build of src/ first.");
    return ExitCodes.CouldNotRun;
}

Console.WriteLine($"[1/6] Packing GradGate, GradGate.Xunit, GradGate.Templates and the dotnet gradgate tool {version} into {layout.Relative(layout.Feed)}");
foreach (var packageProject in layout.PackageProjects)
{
    var pack = DotNetCli.Pack(layout, packageProject, PackConfiguration, version);
    if (pack.ExitCode != 0)
    {
        foreach (var line in pack.OutputLines.TakeLast(PackFailureLinesShown))
        {
            Console.Error.WriteLine(line);
        }

        Console.Error.WriteLine($"Packing {layout.Relative(packageProject)} failed (exit code {pack.ExitCode}; its last lines are above): fix the build of src/ first.");
        return ExitCodes.CouldNotRun;
    }
}

var packTool = DotNetCli.PackTool(layout, PackConfiguration, version);
if (packTool.ExitCode != 0)
{
    foreach (var line in packTool.OutputLines.TakeLast(PackFailureLinesShown))
    {
        Console.Error.WriteLine(line);
    }

    Console.Error.WriteLine($"Packing GradGate.Tool failed (exit code {packTool.ExitCode}; its last lines are above): fix the build of src/ first.");
    return ExitCodes.CouldNotRun;
}

foreach (var package in Directory.GetFiles(layout.Feed, $"GradGate*.{version}.nupkg").Order(StringComparer.Ordinal))
{
    Console.WriteLine($"    packed {layout.Relative(package)}");
}

// The samples reference this version (samples/Directory.Build.props imports the file).
File.WriteAllText(layout.VersionFile, $"<Project>\n  <PropertyGroup>\n    <GradGateVersion>{version}</GradGateVersion>\n  </PropertyGroup>\n</Project>\n");
Console.WriteLine($"    the samples reference {version} ({layout.Relative(layout.VersionFile)})");

Console.WriteLine();
Console.WriteLine($"[2/6] Clearing {string.Join(" and ", layout.RestoredGradGatePackages.Select(layout.Relative))} so that the samples restore the packages just packed");
foreach (var restored in layout.RestoredGradGatePackages.Where(Directory.Exists))
{
    Directory.Delete(restored, recursive: true);
}

Console.WriteLine();
SampleCase[] samples = [SampleCase.TwoLayerNet, SampleCase.BugHunt];
var unmet = new List<Verdict>();
for (var index = 0; index < samples.Length; index++)
{
    var sample = samples[index];
    Console.WriteLine($"[{index + 3}/6] Building samples/{sample.Name}: the gate should {(sample.ExpectedToPass ? "pass" : "fail")}");
    var build = SampleBuilder.Build(layout, sample, SampleConfiguration);
    var verdicts = sample.Expectations.Select(expectation => new Verdict(sample, expectation, expectation.IsMetBy(build))).ToArray();
    BuildAccount.Print(layout, sample, build, verdicts);
    unmet.AddRange(verdicts.Where(verdict => !verdict.IsMet));
}

Console.WriteLine("[5/6] Running samples/GradientTests: the same checks as xunit test cases, TwoLayerNet's passing and BugHunt's failing");
var testsProblem = TestsStep.Run(layout);
Console.WriteLine();

Console.WriteLine($"[6/6] Installing dotnet gradgate from {layout.Relative(layout.Feed)} and running it on samples/BugHunt: it should exit 1");
var toolProblem = ToolStep.Run(layout, version);
Console.WriteLine();

string[] problems = [.. new[] { testsProblem, toolProblem }.OfType<string>()];
if (unmet.Count > 0 || problems.Length > 0)
{
    Console.Error.WriteLine($"The showcase failed: {unmet.Count + problems.Length} expectation(s) not met:");
    foreach (var verdict in unmet)
    {
        Console.Error.WriteLine($"  {verdict}");
    }

    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"  {problem}");
    }

    Console.Error.WriteLine("Each build's full output is under artifacts/showcase/.");
    return ExitCodes.ExpectationNotMet;
}

Console.WriteLine(
    "The showcase succeeded: the correct sample passed the gate and the buggy one failed it, naming W1 and the sigmoid; "
    + "dotnet test samples/GradientTests failed the same two as test cases and passed the other eight; dotnet gradgate said the same with exit code 1.");
return ExitCodes.AllExpectationsMet;
